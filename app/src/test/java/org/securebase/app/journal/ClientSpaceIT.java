package org.securebase.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class ClientSpaceIT extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Journal journal;
  @Autowired ActivationLog activations;
  @Autowired CrisisFlags flags;

  SignedInUser clinician;
  SignedInUser otherClinician;
  SignedInUser client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    otherClinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientPerson(clinician);
  }

  private UUID write(String body, boolean shared) {
    JournalForm form = new JournalForm();
    form.setBody(body);
    form.setShared(shared);
    return journal.write(form, client).id();
  }

  private static String raw(byte[] stored) {
    return new String(stored, StandardCharsets.ISO_8859_1);
  }

  @Test
  void storesJournalAndActivationTextOnlyAsCiphertext() {
    UUID entry = write("Walked by the old school and felt twelve again - synthetic", false);
    byte[] body =
        jdbc.sql("SELECT body FROM journal_entry WHERE id = :id")
            .param("id", entry)
            .query(byte[].class)
            .single();
    assertThat(raw(body)).doesNotContain("school").doesNotContain("twelve");

    ActivationForm form = new ActivationForm();
    form.setOccurredAt(LocalDateTime.now().minusDays(1));
    form.setTrigger(TriggerType.SEPARATION);
    form.setPull(Pull.ANXIOUS_PROTEST);
    form.setNoticedAndNamed(true);
    form.setDoneInstead("Called my sister instead of sending ten texts");
    form.setMinutesUntilSettled(25);
    UUID act = activations.record(form, client).id();
    byte[] instead =
        jdbc.sql("SELECT done_instead FROM activation WHERE id = :id")
            .param("id", act)
            .query(byte[].class)
            .single();
    assertThat(raw(instead)).doesNotContain("sister").doesNotContain("texts");
    assertThat(activations.list(client.clientId(), client).get(0).doneInstead())
        .isEqualTo("Called my sister instead of sending ten texts");
  }

  @Test
  void theClinicianReadsOnlySharedEntries() {
    UUID shared = write("Shared with my clinician - synthetic", true);
    UUID privateEntry = write("Only for me - synthetic", false);
    assertThat(journal.shared(client.clientId(), clinician))
        .extracting(JournalEntry::id)
        .contains(shared)
        .doesNotContain(privateEntry);
    assertThat(journal.read(shared, clinician).body()).contains("Shared");
    assertThatThrownBy(() -> journal.read(privateEntry, clinician))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> journal.read(shared, otherClinician))
        .isInstanceOf(RecordNotFoundException.class);
    journal.share(privateEntry, true, client);
    assertThat(journal.read(privateEntry, clinician).body()).isEqualTo("Only for me - synthetic");
  }

  @Test
  void aCrisisEntryIsFlaggedAndTheClinicianSeesTheFlagButNotTheText() throws Exception {
    String words = "Some nights I want to kill myself - synthetic";
    var saved =
        mvc.perform(
                post("/me/journal/new")
                    .with(user(client))
                    .with(csrf())
                    .param("body", words)
                    .param("shared", "false"))
            .andReturn();
    assertThat(saved.getFlashMap().get("crisisShown")).isEqualTo(true);
    String location = saved.getResponse().getRedirectedUrl();
    String page =
        mvc.perform(
                get(location)
                    .with(user(client))
                    .cookie(saved.getResponse().getCookie("SESSION"))
                    .accept(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Please reach out for help now").contains("988");
    assertThat(page).doesNotContainIgnoringCase("you are safe");

    assertThat(flags.list(client.clientId(), clinician))
        .singleElement()
        .satisfies(f -> assertThat(f.logName()).isEqualTo("journal"));
    String clinicianPage =
        mvc.perform(
                get("/clients/" + client.clientId() + "/logs")
                    .with(user(clinician))
                    .accept(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(clinicianPage).contains("Entries flagged for crisis language");
    assertThat(clinicianPage).doesNotContain("kill myself");
    String api =
        mvc.perform(get("/api/clients/" + client.clientId() + "/logs").with(user(clinician)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(api).contains("JOURNAL").doesNotContain("kill myself");
    assertThatThrownBy(() -> flags.list(client.clientId(), otherClinician))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void crisisWordsInAnActivationNoteFlagTheActivationLog() throws Exception {
    var saved =
        mvc.perform(
                post("/me/activations")
                    .with(user(client))
                    .with(csrf())
                    .param("occurredAt", "2026-02-03T21:15")
                    .param("trigger", "LOSS")
                    .param("pull", "DISORGANIZED_FREEZE_FLEE")
                    .param("noticedAndNamed", "false")
                    .param("doneInstead", "I hurt myself again last night - synthetic")
                    .param("minutesUntilSettled", "240"))
            .andReturn();
    assertThat(saved.getFlashMap().get("crisisShown")).isEqualTo(true);
    assertThat(flags.list(client.clientId(), clinician))
        .singleElement()
        .satisfies(f -> assertThat(f.logName()).isEqualTo("activation log"));
    Activation seenByClinician = activations.list(client.clientId(), clinician).get(0);
    assertThat(seenByClinician.flagged()).isTrue();
    assertThat(seenByClinician.doneInstead()).isNull();
    assertThat(seenByClinician.minutesUntilSettled()).isEqualTo(240);
  }

  @Test
  void ordinaryWordsRaiseNoFlag() {
    write("This traffic is killing me, and I'd die for a coffee - synthetic", false);
    assertThat(flags.list(client.clientId(), clinician)).isEmpty();
  }

  @Test
  void anotherClientsSpaceIsNotReachable() {
    SignedInUser stranger = new TestWorkspace(context).clientPerson(otherClinician);
    UUID entry = write("Mine - synthetic", true);
    assertThatThrownBy(() -> journal.read(entry, stranger))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> activations.list(client.clientId(), stranger))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
