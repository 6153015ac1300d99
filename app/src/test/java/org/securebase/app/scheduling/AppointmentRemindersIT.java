package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reminder job against a real SMTP server (GreenMail, in this JVM): run twice, it sends one
 * e-mail and leaves one in-app notice per appointment, and records both runs in job_run. The mail
 * and its attachment are read back and checked for neutral wording.
 */
class AppointmentRemindersIT extends IntegrationTest {

  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Autowired ApplicationContext context;
  @Autowired AppointmentReminders reminders;
  @Autowired ClientAppointments portal;
  @Autowired JdbcClient jdbc;

  @Test
  void runTwiceItSendsOnceAndSaysNothingClinical() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    SignedInUser client = workspace.clientPerson(clinician);
    String address = TestWorkspace.unique("robin").toLowerCase() + "@example.org";
    portal.setReminderEmail(client, address);
    // Soon enough for the 24-hour window; a clinician may book at short notice, any hour here.
    context
        .getBean(Calendars.class)
        .setHours(
            clinician,
            "America/New_York",
            java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(
                    d ->
                        new org.securebase.core.scheduling.OpeningHours(
                            d, java.time.LocalTime.MIN, java.time.LocalTime.of(23, 59)))
                .toList());
    LocalDateTime soon =
        LocalDateTime.now(SchedulingFixture.NEW_YORK)
            .plus(Duration.ofHours(3))
            .withSecond(0)
            .withNano(0)
            .withMinute(0);
    if (soon.getHour() >= 23 || soon.getHour() < 1) {
      soon = soon.withHour(1).plusDays(soon.getHour() >= 23 ? 1 : 0);
    }
    Appointment a = SchedulingFixture.book(context, clinician, client.clientId(), soon.toString());
    long runsBefore = runs();

    reminders.run();
    reminders.run();

    List<MimeMessage> sent = new java.util.ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
        sent.add(m);
      }
    }
    MimeMessage[] mine = sent.toArray(MimeMessage[]::new);
    assertThat(mine).hasSize(1);
    assertThat(runs()).isEqualTo(runsBefore + 2);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM schedule_notice WHERE appointment_id = :a AND kind ="
                        + " 'REMINDER'")
                .param("a", a.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    MimeMessage mail = mine[0];
    String subject = mail.getSubject();
    String body = GreenMailUtil.getBody(((MimeMultipart) mail.getContent()).getBodyPart(0));
    String ics = attachment((MimeMultipart) mail.getContent());
    assertThat(subject).startsWith("Reminder: appointment on");
    assertThat(body).contains(a.localStart().toLocalTime().toString());
    for (String part : List.of(subject, body, ics)) {
      for (String word : List.of("therap", "psych", "diagnos", "counsel", "mental", "attachment")) {
        assertThat(part.toLowerCase()).doesNotContain(word);
      }
    }
    var event = AppointmentApiIT.event(ics, "REQUEST");
    assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(a.icalUid());
  }

  private static String attachment(MimeMultipart multipart) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      var part = multipart.getBodyPart(i);
      if (part.getContentType().startsWith("text/calendar")) {
        return new String(
            part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no text/calendar attachment");
  }

  private long runs() {
    return jdbc.sql("SELECT COUNT(*) FROM job_run WHERE job_name = :j")
        .param("j", AppointmentReminders.JOB)
        .query(Long.class)
        .single();
  }
}
