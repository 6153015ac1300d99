package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The practice adds an appointment type on its page; the type is offered on the calendar and books
 * with its own length; a repeated name or a length out of range is refused on the page.
 */
class AppointmentTypesIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Appointments appointments;
  @Autowired MockMvc mvc;

  private MvcResult add(SignedInUser who, String name, String minutes) throws Exception {
    return mvc.perform(
            post("/calendar/types")
                .with(user(who))
                .with(csrf())
                .param("name", name)
                .param("minutes", minutes)
                .param("bufferBefore", "5")
                .param("bufferAfter", "15")
                .param("noticeHours", "48")
                .param("horizonDays", "90")
                .param("clientBookable", "true"))
        .andReturn();
  }

  private String page(SignedInUser who, String path) throws Exception {
    return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
  }

  @Test
  void anAddedTypeIsListedOfferedAndBooksWithItsLength() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    Client client = workspace.clientOf(clinician, "synthetic");
    String name = "Couples session " + TestWorkspace.unique("t");

    MvcResult added = add(clinician, name, "80");

    assertThat(added.getResponse().getStatus()).isEqualTo(302);
    String code = AppointmentTypes.codeFor(name);
    assertThat(page(clinician, "/calendar/types"))
        .contains(name)
        .contains("5 min before, 15 min after")
        .contains("48 hours");
    assertThat(page(clinician, "/calendar")).contains("value=\"" + code + "\"").contains(name);
    Appointment booked =
        appointments
            .book(
                new Appointments.BookingRequest(
                    client.id(),
                    SchedulingFixture.monday(2).atTime(9, 0),
                    SchedulingFixture.NEW_YORK.getId(),
                    null,
                    code,
                    null,
                    null,
                    null,
                    null),
                clinician,
                false)
            .get(0);
    assertThat(booked.minutes()).isEqualTo(80);
  }

  @Test
  void aRepeatedNameOrAnOutOfRangeLengthIsRefusedOnThePage() throws Exception {
    SignedInUser clinician = new TestWorkspace(context).person(Role.CLINICIAN);
    String name = "Walk and talk " + TestWorkspace.unique("t");
    assertThat(add(clinician, name, "45").getResponse().getStatus()).isEqualTo(302);

    MvcResult again = add(clinician, name.toUpperCase(java.util.Locale.ROOT), "45");
    assertThat(again.getResponse().getStatus()).isEqualTo(200);
    assertThat(again.getResponse().getContentAsString())
        .contains("The practice already has a type of that name.");

    MvcResult tooShort = add(clinician, name + " short", "3");
    assertThat(tooShort.getResponse().getContentAsString())
        .contains("Enter a whole number from 5 to 480.");
    assertThat(page(clinician, "/calendar/types")).doesNotContain(name + " short");
  }

  @Test
  void codesAreCapitalsFromTheName() {
    assertThat(AppointmentTypes.codeFor("Couples session")).isEqualTo("COUPLES_SESSION");
    assertThat(AppointmentTypes.codeFor("Séance d'accueil")).isEqualTo("SEANCE_D_ACCUEIL");
    assertThat(AppointmentTypes.codeFor("90-minute review")).isEqualTo("TYPE_90_MINUTE_REVIEW");
  }
}
