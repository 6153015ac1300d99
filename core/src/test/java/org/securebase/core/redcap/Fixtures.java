package org.securebase.core.redcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the REDCap fixture files (RFC 4180 CSV without line breaks inside fields). */
final class Fixtures {

  private Fixtures() {}

  static List<RedcapRow> rows(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/redcap/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return rowsOf(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<RedcapRow> rowsOf(String text) {
    List<RedcapRow> rows = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        rows.add(new RedcapRow(i + 1, split(lines[i])));
      }
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
