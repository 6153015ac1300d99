package org.securebase.app.study;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.securebase.app.kernel.SpreadsheetCells;

/**
 * Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, quotes
 * (doubled) and line breaks. Reading keeps the line number where each record starts, so an import
 * report can name the row a researcher sees in a spreadsheet.
 */
final class CsvFile {

  private CsvFile() {}

  /** One record and the line it starts on (the header is line 1). */
  record Record(int line, List<String> fields) {}

  /** A file that cannot be read as CSV at all; the message names the line. */
  static final class MalformedCsvException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    MalformedCsvException(int line, String message) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  /** Reads every record; blank lines are skipped. A byte-order mark at the start is ignored. */
  static List<Record> read(String text) throws MalformedCsvException {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int recordLine = 1;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (ch == '"' && field.length() == 0) {
        int start = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new MalformedCsvException(
                start, "line " + start + ": a quoted field is never closed");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          field.append(q);
          i++;
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new MalformedCsvException(line, "line " + line + ": text after a closing quote");
        }
        continue;
      }
      if (ch == '"') {
        throw new MalformedCsvException(
            line, "line " + line + ": a quote inside an unquoted field");
      }
      if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        endRecord(fields, field, records, recordLine);
        line++;
        recordLine = line;
      } else if (ch != '\r') {
        field.append(ch);
      }
      i++;
    }
    endRecord(fields, field, records, recordLine);
    return records;
  }

  private static void endRecord(
      List<String> fields, StringBuilder field, List<Record> records, int line) {
    fields.add(field.toString());
    field.setLength(0);
    boolean blank = fields.stream().allMatch(String::isBlank);
    if (!blank) {
      records.add(new Record(line, List.copyOf(fields)));
    }
    fields.clear();
  }

  /**
   * Writes one record, quoting only the fields that need it, and ends it with CRLF. A text field
   * that a spreadsheet would run as a formula is written with a leading apostrophe ({@link
   * SpreadsheetCells}).
   */
  static void writeRecord(Writer out, String[] fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(out, fields[i]);
    }
    out.write("\r\n");
  }

  static void writeRecord(Writer out, List<String> fields) throws IOException {
    writeRecord(out, fields.toArray(String[]::new));
  }

  private static void writeField(Writer out, String raw) throws IOException {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    // A text cell starting = + - @ tab or CR would run as a formula in a spreadsheet; it gets a
    // leading apostrophe (numbers, negative ones too, are left alone).
    String value = SpreadsheetCells.neutralized(raw);
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }
}
