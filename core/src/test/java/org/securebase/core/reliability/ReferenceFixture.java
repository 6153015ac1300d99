package org.securebase.core.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the committed fixtures under {@code reliability/}: the double-coded transcripts, the Shrout
 * and Fleiss matrix, and the values R produced from them with {@code reference.R}.
 */
public final class ReferenceFixture {

  private final Map<String, String> reference = new HashMap<>();
  private final List<Map<String, String>> transcripts;
  private final List<Map<String, String>> shroutFleiss;

  private ReferenceFixture() {
    for (Map<String, String> row : csv("reliability/reference-values.csv")) {
      reference.put(
          row.get("section") + "|" + row.get("subject") + "|" + row.get("statistic"),
          row.get("value"));
    }
    transcripts = csv("reliability/transcripts.csv");
    shroutFleiss = csv("reliability/shrout-fleiss.csv");
  }

  public static ReferenceFixture load() {
    return new ReferenceFixture();
  }

  /** The R value for one statistic; fails loudly when the reference file lacks it. */
  public double value(String section, String subject, String statistic) {
    String v = reference.get(section + "|" + subject + "|" + statistic);
    if (v == null) {
      throw new IllegalStateException(
          "reference-values.csv has no " + section + "|" + subject + "|" + statistic);
    }
    return Double.parseDouble(v);
  }

  public List<Map<String, String>> transcripts() {
    return transcripts;
  }

  public List<String> column(String name) {
    return transcripts.stream().map(r -> r.get(name)).toList();
  }

  public double[] numbers(String name) {
    return transcripts.stream().mapToDouble(r -> Double.parseDouble(r.get(name))).toArray();
  }

  public double[][] shroutFleiss() {
    return shroutFleiss.stream()
        .map(r -> r.values().stream().mapToDouble(Double::parseDouble).toArray())
        .toArray(double[][]::new);
  }

  private static List<Map<String, String>> csv(String resource) {
    try (InputStream in = ReferenceFixture.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
      String[] header = lines[0].split(",");
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] cells = lines[i].split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
          row.put(header[c], cells[c]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
