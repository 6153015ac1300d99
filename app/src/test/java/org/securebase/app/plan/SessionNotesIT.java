package org.securebase.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditEvent;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notes as in clinical practice: a saved session is a draft the clinician can edit; signing is an
 * explicit step that locks it; a signed note changes only by a dated addendum (author, time,
 * encrypted like the note) shown under it.
 */
class SessionNotesIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired TreatmentPlans plans;
  @Autowired SessionNotes notes;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;

  SignedInUser clinician;
  Client client;
  TestWorkspace workspace;

  @BeforeEach
  void setUp() {
    workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientOf(clinician, "synthetic");
  }

  private TherapySession draft(String progressNote) {
    SessionForm form = plans.sessionForm(client.id(), clinician);
    form.setHeldOn(LocalDate.now().minusDays(1));
    form.setModality("emotionally focused therapy");
    form.setProgressNote(progressNote);
    return plans.recordSession(client.id(), form, clinician);
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(user(clinician)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aSavedSessionIsAnEditableDraftUntilSigned() throws Exception {
    TherapySession saved = draft("First draft - synthetic");
    assertThat(saved.isSigned()).isFalse();
    String base = "/clients/" + client.id() + "/sessions/" + saved.id();

    Document edit = Jsoup.parse(page(base + "/edit"));
    assertThat(edit.selectFirst("#progressNote").text()).isEqualTo("First draft - synthetic");
    assertThat(edit.selectFirst("input[name=version]").val()).isEqualTo("0");

    mvc.perform(
            post(base + "/edit")
                .with(user(clinician))
                .with(csrf())
                .param("heldOn", LocalDate.now().minusDays(1).toString())
                .param("modality", "emotionally focused therapy")
                .param("progressNote", "Second draft - synthetic")
                .param("version", "0")
                .param("action", "save"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base));
    TherapySession edited = plans.session(client.id(), saved.id(), clinician);
    assertThat(edited.progressNote()).isEqualTo("Second draft - synthetic");
    assertThat(edited.version()).isEqualTo(1);
    assertThat(edited.isSigned()).isFalse();
    assertThat(Jsoup.parse(page(base)).select(".note-status.draft")).hasSize(1);

    // Signing is explicit, and it locks the note with who and when.
    mvc.perform(post(base + "/sign").with(user(clinician)).with(csrf()).param("version", "1"))
        .andExpect(status().is3xxRedirection());
    TherapySession signed = plans.session(client.id(), saved.id(), clinician);
    assertThat(signed.isSigned()).isTrue();
    assertThat(signed.signedByName()).isEqualTo(clinician.displayName());
    assertThat(Jsoup.parse(page(base)).selectFirst(".note-status.signed").text())
        .contains(clinician.displayName());
    assertThat(audit.forRecord("therapy_session", saved.id().toString()))
        .extracting(AuditEvent::action)
        .contains("UPDATE", "SIGN");
  }

  @Test
  void aSignedNoteIsLockedAndAStaleEditKeepsWhatWasTyped() throws Exception {
    TherapySession saved = draft("Draft - synthetic");
    String base = "/clients/" + client.id() + "/sessions/" + saved.id();
    notes.sign(client.id(), saved.id(), saved.version(), clinician);

    mvc.perform(get(base + "/edit").with(user(clinician)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base));
    String refused =
        mvc.perform(
                post(base + "/edit")
                    .with(user(clinician))
                    .with(csrf())
                    .param("heldOn", LocalDate.now().minusDays(1).toString())
                    .param("modality", "emotionally focused therapy")
                    .param("progressNote", "Changed after signing - synthetic")
                    .param("version", "0")
                    .param("action", "save"))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(refused).selectFirst("#progressNote").text())
        .isEqualTo("Changed after signing - synthetic");
    assertThat(plans.session(client.id(), saved.id(), clinician).progressNote())
        .isEqualTo("Draft - synthetic");
    // Signing twice is refused too; the first signature stays.
    assertThatThrownBy(() -> notes.sign(client.id(), saved.id(), 1, clinician))
        .isInstanceOf(StaleEditException.class);
  }

  @Test
  void anAddendumIsDatedSignedByItsAuthorEncryptedAndShownUnderTheNote() throws Exception {
    TherapySession saved = draft("Signed note - synthetic");
    String base = "/clients/" + client.id() + "/sessions/" + saved.id();
    notes.sign(client.id(), saved.id(), saved.version(), clinician);

    mvc.perform(
            post(base + "/addenda")
                .with(user(clinician))
                .with(csrf())
                .param("body", "Late addendum: sister visited - synthetic"))
        .andExpect(status().is3xxRedirection());

    Document shown = Jsoup.parse(page(base));
    assertThat(shown.select("#addenda .addendum .prose").text())
        .isEqualTo("Late addendum: sister visited - synthetic");
    assertThat(shown.select("#addenda .addendum .small").text()).contains(clinician.displayName());
    assertThat(plans.session(client.id(), saved.id(), clinician).progressNote())
        .isEqualTo("Signed note - synthetic");

    byte[] stored =
        jdbc.sql("SELECT body FROM session_addendum WHERE session_id = :s")
            .param("s", saved.id())
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1))
        .doesNotContain("sister")
        .doesNotContain("addendum");
    var addendum = notes.addenda(client.id(), saved.id(), clinician).get(0);
    assertThat(addendum.writtenAt()).isNotNull();
    assertThat(addendum.authorName()).isEqualTo(clinician.displayName());
  }

  @Test
  void anEmptyAddendumIsRefusedBesideTheField() throws Exception {
    TherapySession saved = draft("Signed note - synthetic");
    notes.sign(client.id(), saved.id(), saved.version(), clinician);
    String body =
        mvc.perform(
                post("/clients/" + client.id() + "/sessions/" + saved.id() + "/addenda")
                    .with(user(clinician))
                    .with(csrf())
                    .param("body", "   "))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(body).selectFirst("#addendum-error").text()).isNotBlank();
    assertThat(notes.addenda(client.id(), saved.id(), clinician)).isEmpty();
  }

  @Test
  void aDraftTakesNoAddendumAndAnotherClinicianReachesNothing() {
    TherapySession saved = draft("Draft - synthetic");
    assertThatThrownBy(() -> notes.addAddendum(client.id(), saved.id(), "text", clinician))
        .isInstanceOf(BadInputException.class)
        .extracting(e -> ((BadInputException) e).code())
        .isEqualTo("notes.addendum.only-signed");
    SignedInUser other = workspace.person(Role.CLINICIAN);
    assertThatThrownBy(() -> notes.sign(client.id(), saved.id(), saved.version(), other))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> notes.editForm(client.id(), saved.id(), other))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(plans.session(client.id(), saved.id(), clinician).isSigned()).isFalse();
  }
}
