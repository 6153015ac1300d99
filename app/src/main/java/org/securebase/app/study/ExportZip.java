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
    try {
      zip.putNextEntry(new ZipEntry(fileName));
      CsvFile.writeRecord(writer, header);
      return new Table(header.size());
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
    private long rows;

    private Table(int width) {
      this.width = width;
    }

    void row(String... fields) {
      if (fields.length != width) {
        throw new IllegalArgumentException(
            "row of " + fields.length + " fields in a table of " + width + " columns");
      }
      try {
        CsvFile.writeRecord(writer, fields);
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
