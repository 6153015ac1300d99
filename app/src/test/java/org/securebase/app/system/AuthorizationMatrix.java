package org.securebase.app.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The authorization matrix as data: reads {@code authorization-matrix.csv} (format at its top). One
 * row per route and method; the expected status per caller; the request to send, with {@code
 * {placeholders}} filled from the test's fixture.
 */
final class AuthorizationMatrix {

  /** Who asks: nobody, each role, and four people of a role with no tie to the row's records. */
  enum Caller {
    ANONYMOUS,
    ADMIN,
    CLINICIAN,
    CODER,
    RESEARCHER,
    CLIENT,
    OTHER_CLINICIAN,
    OTHER_CLIENT,
    OTHER_CODER,
    UNASSIGNED_RESEARCHER
  }

  /** The columns before the callers' codes, and the body column after them. */
  static final int LEADING = 3;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w+]+)}");

  private final List<Row> rows;

  private AuthorizationMatrix(List<Row> rows) {
    this.rows = rows;
  }

  List<Row> rows() {
    return rows;
  }

  /** Every route of the table, as "METHOD /pattern". */
  Set<String> routes() {
    Set<String> routes = new LinkedHashSet<>();
    for (Row r : rows) {
      routes.add(r.route());
    }
    return routes;
  }

  /** One request and what each caller gets for it. */
  record Row(
      int line, String method, String pattern, String path, Map<Caller, Integer> codes, Body body) {

    String route() {
      return method + " " + pattern;
    }

    int expected(Caller who) {
      return codes.get(who);
    }

    @Override
    public String toString() {
      return "line " + line;
    }
  }

  /** The request body: none, form fields, JSON or CSV text. */
  record Body(String kind, String text) {

    void applyTo(MockHttpServletRequestBuilder request, UnaryOperator<String> values) {
      switch (kind) {
        case "" -> {}
        case "form" -> {
          for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            request.param(name, fill(value, values));
          }
        }
        case "json" -> request.contentType(MediaType.APPLICATION_JSON).content(fill(text, values));
        case "csv" ->
            request.contentType("text/csv").content(fill(text.replace("\\n", "\n"), values));
        default -> throw new IllegalArgumentException("unknown body kind " + kind);
      }
    }
  }

  /** {@code text} with every {@code {name}} replaced by {@code values.apply(name)}. */
  static String fill(String text, UnaryOperator<String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.apply(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  static AuthorizationMatrix read(String resource) {
    try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        Row row = parse(number, line);
        if (!seen.add(row.route())) {
          throw new IllegalStateException(
              resource + " line " + number + ": second row for " + row.route());
        }
        rows.add(row);
      }
      return new AuthorizationMatrix(List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Row parse(int number, String line) {
    int callers = Caller.values().length;
    // The body is the last column and runs to the end of the line, commas included.
    String[] cells = line.split(",", LEADING + callers + 1);
    if (cells.length != LEADING + callers + 1) {
      throw new IllegalStateException(
          "authorization-matrix.csv line "
              + number
              + ": expected "
              + (LEADING + callers + 1)
              + " columns, found "
              + cells.length);
    }
    Map<Caller, Integer> codes = new EnumMap<>(Caller.class);
    for (Caller who : Caller.values()) {
      String cell = cells[LEADING + who.ordinal()].strip();
      try {
        codes.put(who, Integer.parseInt(cell));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            "authorization-matrix.csv line " + number + ": " + who + " is '" + cell + "'", e);
      }
    }
    String body = cells[LEADING + callers];
    int colon = body.indexOf(':');
    Body parsed =
        body.isEmpty()
            ? new Body("", "")
            : new Body(body.substring(0, colon), body.substring(colon + 1));
    return new Row(number, cells[0].strip(), cells[1].strip(), cells[2].strip(), codes, parsed);
  }
}
