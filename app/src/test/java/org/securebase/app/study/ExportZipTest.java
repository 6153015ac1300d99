package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.securebase.app.crypto.KeyVault;
import org.securebase.app.crypto.PseudonymMac;

class ExportZipTest {

  static StudyVariable variable(String name, VariableType type, String allowed) {
    return new StudyVariable(UUID.randomUUID(), name, name, type, allowed, null, false, false, 0);
  }

  @Test
  void pivotsValuesToOneRowPerParticipantAndWaveWithHashedIdsAndShiftedDates() throws Exception {
    PseudonymMac mac =
        new PseudonymMac(KeyVault.create(Files.createTempDirectory("keys-").resolve("k")));
    List<StudyVariable> vars =
        List.of(
            variable("visit", VariableType.DATE, null),
            variable("score", VariableType.INTEGER, null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportZip zip = new ExportZip(out)) {
      ExportZip.Table t = zip.table("values.csv", ValuesTable.header(vars));
      ValuesTable values = new ValuesTable(vars, new Pseudonyms(mac, "s"), t);
      values.add("A", "w1", 0, "2020-05-01");
      values.add("A", "w1", 1, "7");
      values.add("A", "w2", 1, "9");
      values.add("B", "w1", -1, "left out");
      values.add("B", "w1", 0, "2020-05-01");
      values.finish();
      t.close();
    }
    ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()));
    assertThat(zip.getNextEntry().getName()).isEqualTo("values.csv");
    String csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
    String a = mac.pseudonym("s", "A");
    String b = mac.pseudonym("s", "B");
    LocalDate aVisit = LocalDate.of(2020, 5, 1).plusDays(mac.dayShift("s", "A"));
    LocalDate bVisit = LocalDate.of(2020, 5, 1).plusDays(mac.dayShift("s", "B"));
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "participant,wave,visit,score",
            a + ",w1," + aVisit + ",7",
            a + ",w2,,9",
            b + ",w1," + bVisit + ",");
    assertThat(mac.dayShift("s", "A")).isBetween(-364, -1);
    assertThat(mac.pseudonym("s", "A")).isEqualTo(a).isNotEqualTo(mac.pseudonym("t", "A"));
  }

  @Test
  void quotesOnlyTheFieldsThatNeedIt() throws Exception {
    java.io.StringWriter w = new java.io.StringWriter();
    CsvFile.writeRecord(w, new String[] {"plain", "a,b", "say \"hi\"", null, "line\nbreak"});
    assertThat(w.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",,\"line\nbreak\"\r\n");
    assertThat(CsvFile.read(w.toString()).get(0).fields())
        .containsExactly("plain", "a,b", "say \"hi\"", "", "line\nbreak");
  }

  @Test
  void neutralizesFormulaTextButKeepsNegativeNumbers() throws Exception {
    java.io.StringWriter w = new java.io.StringWriter();
    CsvFile.writeRecord(
        w, new String[] {"=1+1", "-7", "-0.5", "@SUM(A1)", "+x", "\tx", "\r=2", "-x,y", "ok"});
    assertThat(w.toString())
        .isEqualTo("'=1+1,-7,-0.5,'@SUM(A1),'+x,'\tx,\"'\r=2\",\"'-x,y\",ok\r\n");
    assertThat(ExportReadme.SPREADSHEET_SAFE).contains("apostrophe").contains("=, +, -, @");
  }
}
