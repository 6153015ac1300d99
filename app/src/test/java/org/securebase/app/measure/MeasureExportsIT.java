package org.securebase.app.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF progress report opens and says what produced each result; the FHIR bundle validates. */
class MeasureExportsIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired OutcomeMonitoring monitoring;
  @Autowired ChangeParameters parameters;
  @Autowired MockMvc mvc;

  SignedInUser clinician;
  Client client;
  LocalDate today;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientOf(clinician, "synthetic");
    today = monitoring.today();
    monitoring.record(
        client.id(),
        "ecr-rs",
        today.minusDays(60),
        MeasuresIT.ecrRs(6, 6),
        clinician.id(),
        "PAPER",
        today);
    monitoring.record(
        client.id(),
        "ecr-rs",
        today.minusDays(30),
        MeasuresIT.ecrRs(5, 5),
        clinician.id(),
        "PAPER",
        today);
    monitoring.record(
        client.id(),
        "ecr-rs",
        today.minusDays(2),
        MeasuresIT.ecrRs(3, 2),
        clinician.id(),
        "PAPER",
        today);
    monitoring.record(
        client.id(),
        "signs-of-security",
        today.minusDays(20),
        Map.of(
            "trust",
            1,
            "closeness",
            2,
            "steady",
            1,
            "conflict",
            1,
            "self-view",
            2,
            "good-times",
            1,
            "both-ways",
            2,
            "direct-needs",
            1),
        clinician.id(),
        "PAPER",
        today);
    monitoring.record(
        client.id(),
        "rfq-8",
        today.minusDays(10),
        Map.of("1", 2, "2", 5, "3", 3, "4", 6, "5", 1, "6", 4, "7", 2, "8", 7),
        clinician.id(),
        "PAPER",
        today);
    monitoring.addEvent(
        client.id(),
        today.minusDays(40),
        EventNote.Kind.SETBACK,
        "Argument with partner (synthetic)",
        clinician);
    monitoring.addEvent(
        client.id(),
        today.minusDays(15),
        EventNote.Kind.MEDICATION,
        "Sertraline started (synthetic)",
        clinician);
    ensureSd("ecr-rs", "anxiety", "partner", 1.10);
  }

  void ensureSd(String instrument, String subscale, String target, double sd) {
    Integer version =
        parameters.rows(clinician).stream()
            .filter(
                r ->
                    r.instrument().id().equals(instrument)
                        && r.subscale().id().equals(subscale)
                        && r.target().equals(target)
                        && r.entered() != null)
            .map(r -> r.entered().version())
            .findFirst()
            .orElse(null);
    parameters.save(
        instrument,
        subscale,
        target,
        null,
        null,
        null,
        sd,
        "Synthetic SD for a test",
        version,
        clinician);
  }

  @Test
  void theProgressReportOpensAndNamesTheParameters() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/clients/" + client.id() + "/measures/report.pdf")
                    .param("from", today.minusDays(90).toString())
                    .param("to", today.toString())
                    .with(user(clinician)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Path out = Path.of("target", "measure-report.pdf");
    Files.write(out, pdf);
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    // Table cells wrap lines; compare with whitespace collapsed.
    String all = text.toString().replaceAll("\\s+", " ");
    assertThat(all)
        .contains(
            "Progress report: " + client.displayName(),
            "Experiences in Close Relationships",
            "Anxiety - Romantic partner",
            "Reliably improved",
            "r = 0.65",
            "SD = 1.10",
            "Synthetic SD for a test",
            "Self-monitoring, not a validated measure",
            "Sertraline started (synthetic)",
            "contains no attachment classification");
    assertThat(all.toLowerCase())
        .doesNotContain("dismissing")
        .doesNotContain("preoccupied")
        .doesNotContain("unresolved")
        .doesNotContain("earned-secure")
        .doesNotContain("secure/autonomous");
  }

  /**
   * Issue 13, defect 13: the PDF writes the month as the screens do ("30 Sep", never "30 Sept"),
   * and the event table starts below its heading instead of across it.
   */
  @Test
  void theReportWritesMonthsAsTheScreensAndKeepsTheEventTableBelowItsHeading() throws Exception {
    LocalDate september = LocalDate.of(today.getYear() - 1, 9, 30);
    monitoring.addEvent(
        client.id(), september, EventNote.Kind.LIFE_EVENT, "Moved house (synthetic)", clinician);
    byte[] pdf =
        mvc.perform(
                get("/clients/" + client.id() + "/measures/report.pdf")
                    .param("from", september.minusDays(1).toString())
                    .param("to", september.plusDays(1).toString())
                    .with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
    reader.close();
    Files.writeString(Path.of("target", "measure-report-september.txt"), content);
    assertThat(text).contains("30 Sep " + september.getYear()).doesNotContain("Sept");
    String web =
        mvc.perform(
                get("/clients/" + client.id() + "/measures")
                    .header("Accept-Language", "en-GB")
                    .with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(web).contains("30 Sep " + september.getYear()).doesNotContain("30 Sept");

    // The heading's baseline: OpenPDF moves the text position by relative Td steps from BT, so
    // add them up to the heading. The event table's header row is drawn under it and must start
    // below the heading's descenders (about 0.21 em, 2.5 pt at 12 pt).
    Matcher step =
        Pattern.compile("\\bBT\\b|(-?[\\d.]+) (-?[\\d.]+) Td|\\(Event notes\\)Tj").matcher(content);
    double y = 0;
    Double baselineFound = null;
    while (baselineFound == null && step.find()) {
      if (step.group().equals("BT")) {
        y = 0;
      } else if (step.group(2) != null) {
        y += Double.parseDouble(step.group(2));
      } else {
        baselineFound = y;
      }
    }
    assertThat(baselineFound).isNotNull();
    double baseline = baselineFound;
    Matcher rect = Pattern.compile("([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.-]+) re").matcher(content);
    List<Double> tops = new java.util.ArrayList<>();
    while (rect.find()) {
      double bottom = Double.parseDouble(rect.group(2));
      double top = Math.max(bottom, bottom + Double.parseDouble(rect.group(4)));
      if (top > baseline - 30 && Math.min(bottom, top) < baseline + 3) {
        tops.add(top);
      }
    }
    assertThat(tops).isNotEmpty().allSatisfy(top -> assertThat(top).isLessThan(baseline - 2.5));
  }

  /** Issue 13, defect 12: downloads are attachments named by pseudonym and dates. */
  @Test
  void downloadsAreAttachmentsNamedByPseudonymAndDates() throws Exception {
    String slug = ExportFile.slug(client.displayName());
    mvc.perform(
            get("/clients/" + client.id() + "/measures/report.pdf")
                .param("from", today.minusDays(90).toString())
                .param("to", today.toString())
                .with(user(clinician)))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"progress-report-"
                        + slug
                        + "-"
                        + today.minusDays(90)
                        + "_to_"
                        + today
                        + ".pdf\""));
    mvc.perform(get("/api/clients/" + client.id() + "/fhir").with(user(clinician)))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"fhir-bundle-" + slug + "-" + today + ".json\""));
    assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  /** Issue 13, defect 12: a reversed period goes back to the form with the problem's code. */
  @Test
  void aReversedPeriodReturnsToTheFormWithTheProblem() throws Exception {
    var result =
        mvc.perform(
                get("/clients/" + client.id() + "/measures/report.pdf")
                    .param("from", today.toString())
                    .param("to", today.minusDays(10).toString())
                    .with(user(clinician)))
            .andExpect(status().isSeeOther())
            .andExpect(header().string("Location", "/clients/" + client.id() + "/measures#report"))
            .andReturn();
    Object problem = result.getFlashMap().get("reportError");
    assertThat(problem)
        .isInstanceOfSatisfying(
            org.securebase.app.kernel.BadInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("measure.report.range-reversed");
              assertThat(e.field()).isEqualTo("from");
            });
  }

  @Test
  void theFhirBundlePassesTheHapiValidator() throws Exception {
    String json =
        mvc.perform(
                get("/api/clients/" + client.id() + "/fhir")
                    .accept(MediaType.APPLICATION_JSON)
                    .with(user(clinician)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
    assertThat(bundle.getEntry())
        .extracting(e -> e.getResource().fhirType())
        .contains("Patient", "Questionnaire", "QuestionnaireResponse", "Observation");

    PrePopulatedValidationSupport questionnaires =
        new PrePopulatedValidationSupport(FhirExport.context());
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      if (e.getResource() instanceof Questionnaire q) {
        questionnaires.addResource(q);
      }
    }
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(FhirExport.context()),
            questionnaires,
            new InMemoryTerminologyServerValidationSupport(FhirExport.context()),
            new CommonCodeSystemsTerminologyService(FhirExport.context()));
    FhirValidator validator = FhirExport.context().newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    ValidationResult result = validator.validateWithResult(bundle);
    List<SingleValidationMessage> errors =
        result.getMessages().stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .toList();
    result
        .getMessages()
        .forEach(
            m ->
                System.out.println(
                    "FHIR "
                        + m.getSeverity()
                        + " "
                        + m.getLocationString()
                        + " "
                        + m.getMessage()));
    assertThat(errors).as("FHIR validation errors").isEmpty();
  }
}
