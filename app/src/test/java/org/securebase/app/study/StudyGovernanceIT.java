package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditEvent;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Separation of duties in research: the lead accepts researchers and approves identifying data. */
class StudyGovernanceIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Studies studies;
  @Autowired ExportApprovals approvals;
  @Autowired StudyImport imports;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  TestWorkspace workspace;
  SignedInUser admin;
  SignedInUser lead;
  SignedInUser member;
  Study study;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    admin = workspace.person(Role.ADMIN);
    lead = workspace.person(Role.RESEARCHER);
    member = workspace.person(Role.RESEARCHER);
    study = studies.create(TestWorkspace.unique("G"), "Governed study", lead.username(), "test");
    org.securebase.app.demo.DemoStudy.seed(imports, study);
    studies.assign(study.id(), member.username(), "test");
    studies.accept(study.id(), member.id(), lead);
  }

  @Test
  void anAdministratorAloneCannotGiveAResearcherAStudy() throws Exception {
    SignedInUser recruit = workspace.person(Role.RESEARCHER);
    mvc.perform(
            post("/admin/studies/" + study.id() + "/researchers")
                .with(user(admin))
                .with(csrf())
                .param("username", recruit.username()))
        .andReturn();

    int before =
        mvc.perform(get("/studies/" + study.id()).with(user(recruit)))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(before).isEqualTo(404);
    assertThat(studies.assignedTo(recruit)).isEmpty();
    // Nor can the administrator, or the recruit, accept: only the lead.
    assertThatThrownBy(() -> studies.accept(study.id(), recruit.id(), recruit))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> studies.accept(study.id(), recruit.id(), member))
        .isInstanceOf(RecordNotFoundException.class);
    int adminAccepts =
        mvc.perform(
                post("/studies/" + study.id() + "/researchers/" + recruit.id() + "/accept")
                    .with(user(admin))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(adminAccepts).isEqualTo(403);

    mvc.perform(
        post("/studies/" + study.id() + "/researchers/" + recruit.id() + "/accept")
            .with(user(lead))
            .with(csrf()));
    assertThat(
            mvc.perform(get("/studies/" + study.id()).with(user(recruit)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void aStudyNeedsAResearcherAsItsLead() {
    assertThatThrownBy(
            () -> studies.create(TestWorkspace.unique("G"), "No lead", admin.username(), "test"))
        .isInstanceOf(BadInputException.class)
        .extracting(e -> ((BadInputException) e).field())
        .isEqualTo("lead");
  }

  @Test
  void identifiersWithoutAnApprovalAreLeftOutWhateverTheQueryStringSays() throws Exception {
    Map<String, String> files = download(member, "?identifiers=true&freeText=true");

    assertThat(files.get("values.csv")).doesNotContain("AB1 3CD").doesNotContain("tired");
    assertThat(files.get("README.txt")).doesNotContain("INCLUDED on request");
    assertThat(audit.forRecord(Studies.RECORD_TYPE, study.id().toString()))
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .contains(
            org.assertj.core.groups.Tuple.tuple("EXPORT_WITH_IDENTIFIERS_WITH_FREE_TEXT", "DENIED"),
            org.assertj.core.groups.Tuple.tuple("EXPORT", "ALLOWED"));
  }

  @Test
  void theRequesterCannotApproveTheirOwnRequestNorCanAnotherMember() {
    UUID own = approvals.request(study.id(), "Linking to follow-up records", true, false, member);
    assertThatThrownBy(() -> approvals.decide(study.id(), own, true, member))
        .isInstanceOf(BadInputException.class);

    SignedInUser third = workspace.person(Role.RESEARCHER);
    studies.assign(study.id(), third.username(), "test");
    studies.accept(study.id(), third.id(), lead);
    assertThatThrownBy(() -> approvals.decide(study.id(), own, true, third))
        .isInstanceOf(BadInputException.class);
    // An administrator is not even a member.
    assertThatThrownBy(() -> approvals.decide(study.id(), own, true, admin))
        .isInstanceOf(RecordNotFoundException.class);

    UUID leads = approvals.request(study.id(), "The lead's own linkage work", true, false, lead);
    assertThatThrownBy(() -> approvals.decide(study.id(), leads, true, lead))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void anApprovalIsGoodForOneDownloadAndIsAudited() throws Exception {
    UUID request =
        approvals.request(study.id(), "Linking to follow-up records", true, true, member);
    approvals.decide(study.id(), request, true, lead);

    Map<String, String> first = download(member, "?identifiers=true&freeText=true");
    Map<String, String> second = download(member, "?identifiers=true&freeText=true");

    assertThat(first.get("values.csv")).contains("AB1 3CD");
    assertThat(second.get("values.csv")).doesNotContain("AB1 3CD");
    assertThat(audit.forRecord(ExportApprovals.RECORD_TYPE, request.toString()))
        .extracting(AuditEvent::action)
        .containsExactly("REQUEST_EXPORT", "APPROVE_EXPORT", "USE_EXPORT_APPROVAL");
    // Someone else cannot use the member's approval either.
    UUID another = approvals.request(study.id(), "A second linkage pass", true, false, member);
    approvals.decide(study.id(), another, true, lead);
    assertThat(download(lead, "?identifiers=true").get("values.csv")).doesNotContain("AB1 3CD");
  }

  @Test
  void anApprovalExpiresAfterAFewDays() throws Exception {
    UUID request =
        approvals.request(study.id(), "Linking to follow-up records", true, false, member);
    approvals.decide(study.id(), request, true, lead);
    jdbc.sql("UPDATE export_approval SET expires_at = :past WHERE id = :id")
        .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
        .param("id", request)
        .update();

    assertThat(download(member, "?identifiers=true").get("values.csv")).doesNotContain("AB1 3CD");
    assertThat(approvals.list(study.id(), member))
        .filteredOn(r -> r.id().equals(request))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo("EXPIRED"));
  }

  @Test
  void aRequestNeedsAReason() {
    assertThatThrownBy(() -> approvals.request(study.id(), "  short ", true, false, member))
        .isInstanceOf(BadInputException.class)
        .extracting(e -> ((BadInputException) e).field())
        .isEqualTo("reason");
  }

  private Map<String, String> download(SignedInUser who, String query) throws Exception {
    byte[] zip =
        mvc.perform(get("/studies/" + study.id() + "/export.zip" + query).with(user(who)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files).containsKey("values.csv");
    return files;
  }
}
