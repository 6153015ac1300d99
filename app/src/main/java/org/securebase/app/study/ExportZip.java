package org.securebase.app.study;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP archive of CSV tables written as a stream: each row goes through a small buffer straight
 * into the compressed output, so memory stays the same whatever the number of rows. Holds no rows
 * itself. Not thread-safe; one archive per export.
 */
final class ExportZip implements Closeable {

  private final ZipOutputStream zip;
  private final Writer writer;

  ExportZip(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.zip.setLevel(Deflater.BEST_SPEED);
    this.writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts a CSV entry with its header row; write rows to the returned table, then close it. */
  Table table(String fileName, List<String> header) {
    return table(fileName, header, true);
  }

  /**
   * A CSV entry written exactly as given, without the spreadsheet guard: only for a file that
   * another program must read back unchanged (REDCap's data dictionary, written by the study's own
   * researchers, whose action tags such as {@code @HIDDEN-SURVEY} start with {@code @}).
   */
  Table verbatimTable(String fileName, List<String> header) {
    return table(fileName, header, false);
  }

  private Table table(String fileName, List<String> header, boolean neutralize) {
    try {
      zip.putNextEntry(new ZipEntry(fileName));
      CsvFile.writeRecord(writer, header);
      return new Table(header.size(), neutralize);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A whole text entry (the R script, the README). */
  void text(String fileName, String content) {
    try {
      zip.putNextEntry(new ZipEntry(fileName));
      writer.write(content);
      writer.flush();
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    writer.flush();
    zip.finish();
    zip.flush();
  }

  /** One CSV entry being written. */
  final class Table implements Closeable {
    private final int width;
    private final boolean neutralize;
    private long rows;

    private Table(int width, boolean neutralize) {
      this.width = width;
      this.neutralize = neutralize;
    }

    void row(String... fields) {
      if (fields.length != width) {
        throw new IllegalArgumentException(
            "row of " + fields.length + " fields in a table of " + width + " columns");
      }
      try {
        if (neutralize) {
          CsvFile.writeRecord(writer, fields);
        } else {
          CsvFile.writeVerbatimRecord(writer, fields);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows++;
    }

    long rows() {
      return rows;
    }

    @Override
    public void close() {
      try {
        writer.flush();
        zip.closeEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
