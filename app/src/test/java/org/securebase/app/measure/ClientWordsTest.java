package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InstrumentCatalog;

/**
 * Issue 13, defect 9: a client reads each questionnaire under a plain title, never its academic
 * name or abbreviation ("Experiences in Close Relationships - Relationship Structures (ECR-RS)").
 */
class ClientWordsTest {

  @Test
  void everyQuestionnaireHasAPlainTitleForClients() throws IOException {
    Properties bundle = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/i18n/measure.properties"), StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    for (Instrument instrument : InstrumentCatalog.builtIn().all()) {
      String plain = bundle.getProperty("measure.client-title." + instrument.id());
      assertThat(plain).as(instrument.id()).isNotBlank().isNotEqualTo(instrument.title());
      String abbreviation = instrument.id().replaceAll("-\\d+$", "").replace("-", "");
      assertThat(plain.toLowerCase().replace("-", ""))
          .as(instrument.id())
          .doesNotContain(abbreviation.length() <= 4 ? abbreviation : "\u0000");
      assertThat(plain).doesNotContainPattern("\\([A-Z]{2,}[-A-Z0-9]*\\)");
    }
  }
}
