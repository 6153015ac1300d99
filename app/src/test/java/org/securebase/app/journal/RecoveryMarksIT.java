package org.securebase.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.practice.Practice;
import org.securebase.app.practice.PracticeForm;
import org.securebase.app.practice.Practices;
import org.securebase.app.scheduling.Calendars;
import org.securebase.app.scheduling.SchedulingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The recovery chart's context: the clinician's planned breaks and the practices completed per week
 * reach the client's chart data and page and the clinician's logs page, and both pages say that
 * practice beside settling is an association, not a cause.
 */
class RecoveryMarksIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  static void logEpisode(ActivationLog log, SignedInUser client, LocalDateTime at, int minutes) {
    ActivationForm form = new ActivationForm();
    form.setOccurredAt(at);
    form.setTrigger(TriggerType.SEPARATION);
    form.setPull(Pull.ANXIOUS_PROTEST);
    form.setNoticedAndNamed(true);
    form.setMinutesUntilSettled(minutes);
    log.record(form, client);
  }

  /**
   * A clinician with a planned break 20 to 14 days ago and an ordinary day off, and their client
   * with two logged episodes and two guided practices completed today; returns {clinician, client}.
   */
  static SignedInUser[] clientWithABreakAndPractice(ApplicationContext context) {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    SignedInUser client = workspace.clientPerson(clinician);
    LocalDate today = LocalDate.now();
    Calendars calendars = context.getBean(Calendars.class);
    calendars.addAbsence(
        clinician, today.minusDays(20), today.minusDays(14), true, "Dr. Rivera, 555-0100");
    calendars.addAbsence(clinician, today.minusDays(5), today.minusDays(5), false, null);
    ActivationLog activations = context.getBean(ActivationLog.class);
    logEpisode(activations, client, today.minusDays(17).atTime(20, 0), 45);
    logEpisode(activations, client, today.minusDays(2).atTime(20, 0), 20);
    Practices practices = context.getBean(Practices.class);
    PracticeForm form = new PracticeForm();
    form.setAspiration("I want to stay present when someone comes close.");
    form.setMinutes(5);
    Practice draft = practices.build(client.clientId(), form, clinician);
    practices.approveRenderingLater(draft.id(), draft.version(), null, clinician);
    for (int i = 0; i < 2; i++) {
      practices.completeSession(
          practices.startSession(draft.id(), 5, 7, client), 6, 7, false, client);
    }
    return new SignedInUser[] {clinician, client};
  }

  @Test
  void breaksAndPracticeFrequencyReachTheChartAndBothPages() throws Exception {
    SignedInUser[] people = clientWithABreakAndPractice(context);
    SignedInUser clinician = people[0];
    SignedInUser client = people[1];
    LocalDate today = LocalDate.now();

    String json =
        mvc.perform(get("/api/me/recovery").accept(MediaType.APPLICATION_JSON).with(user(client)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> firstDays = JsonPath.read(json, "$.breaks[*].firstDay");
    assertThat(firstDays).containsExactly(today.minusDays(20).toString());
    List<Integer> perWeek = JsonPath.read(json, "$.practiceWeeks[*].practices");
    assertThat(perWeek.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);

    String page =
        mvc.perform(get("/me/recovery").with(user(client)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Your clinician&#39;s planned breaks")
        .contains("it cannot show that practising caused any change")
        .contains("id=\"practice-weeks\"");

    String logs =
        mvc.perform(get("/clients/" + client.clientId() + "/logs").with(user(clinician)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(logs)
        .contains("Your planned breaks")
        .contains("an association for this person, not proof")
        .contains("Guided practices completed per week");
  }
}
