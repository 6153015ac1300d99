package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any bytes are read as CSV records (lines in order, never below 1) or refused with a {@link
 * CsvFile.MalformedCsvException} naming the line; every record read is written back and read again
 * unchanged, but for the apostrophe that keeps a text cell from running as a formula. In the normal
 * build this runs the seeds under {@code CsvFileFuzzTestInputs/} (regression mode); fuzz with
 * {@code JAZZER_FUZZ=1}.
 */
class CsvFileFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void anyTextIsReadAsRecordsOrRefusedNamingTheLine(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<CsvFile.Record> records;
    try {
      records = CsvFile.read(text);
    } catch (CsvFile.MalformedCsvException refused) {
      assertThat(refused.line()).isPositive();
      assertThat(refused.getMessage()).startsWith("line " + refused.line());
      return;
    }
    int previous = 0;
    for (CsvFile.Record record : records) {
      assertThat(record.line()).isGreaterThan(previous);
      previous = record.line();
      List<String> fields = record.fields();
      if (fields.get(0).startsWith("\uFEFF")) {
        continue;
      }
      StringWriter written = new StringWriter();
      CsvFile.writeRecord(written, fields);
      List<CsvFile.Record> again = CsvFile.read(written.toString());
      assertThat(again).hasSize(1);
      List<String> back = again.get(0).fields();
      assertThat(back).hasSameSizeAs(fields);
      for (int i = 0; i < fields.size(); i++) {
        assertThat(back.get(i)).isIn(fields.get(i), "'" + fields.get(i));
      }
    }
  }
}
