package org.securebase.app.scheduling;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.operations.JobRun;
import org.securebase.app.operations.JobRuns;
import org.securebase.app.operations.ServerIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders a set number of hours before each booked appointment: always an in-app notice, and an
 * e-mail with the invitation attached when mail is configured ({@code spring.mail.host}) and the
 * client gave an address. Every server schedules it, one runs each firing (ShedLock row {@value
 * #JOB}), and each run is recorded in {@code job_run}. A reminder is claimed (a row keyed by
 * appointment and SEQUENCE) in its own transaction before anything is sent, so a second run, on
 * this server or another, finds it claimed and sends nothing: at most once, never twice. Because
 * the claim, not the lock, keeps a reminder single, the lock is held only while a run lasts ({@code
 * lockAtLeastFor} zero). Wording is neutral: no kind of care, no specialty, nothing clinical, in
 * subject, body or attachment.
 */
@Component
public class AppointmentReminders {

  public static final String JOB = "appointment-reminders";
  private static final Logger LOG = LoggerFactory.getLogger(AppointmentReminders.class);

  private final AppointmentRepository appointments;
  private final Invitations invitations;
  private final ObjectProvider<JavaMailSender> mail;
  private final JobRuns runs;
  private final ServerIdentity server;
  private final AuditLog audit;
  private final Clock clock;
  private final SchedulingText text;
  private final TransactionTemplate transaction;
  private final Duration ahead;
  private final String from;

  AppointmentReminders(
      AppointmentRepository appointments,
      Invitations invitations,
      ObjectProvider<JavaMailSender> mail,
      JobRuns runs,
      ServerIdentity server,
      AuditLog audit,
      Clock clock,
      SchedulingText text,
      PlatformTransactionManager transactions,
      @Value("${securebase.scheduling.reminder-hours:24}") int hoursAhead,
      @Value("${securebase.scheduling.mail-from:no-reply@securebase.invalid}") String from) {
    this.appointments = appointments;
    this.invitations = invitations;
    this.mail = mail;
    this.runs = runs;
    this.server = server;
    this.audit = audit;
    this.clock = clock;
    this.text = text;
    this.transaction = new TransactionTemplate(transactions);
    this.ahead = Duration.ofHours(hoursAhead);
    this.from = from;
  }

  @Scheduled(cron = "${securebase.jobs.appointment-reminders.cron:0 */10 * * * *}", zone = "UTC")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT0S", lockAtMostFor = "PT30M")
  public void run() {
    Instant started = clock.instant();
    int notices = 0;
    int mails = 0;
    int failed = 0;
    for (Appointment a : appointments.scheduledStarting(started, started.plus(ahead))) {
      Optional<String> address = claim(a);
      if (address == null) {
        continue;
      }
      notices++;
      if (address.isPresent()) {
        try {
          send(a, address.get());
          mails++;
        } catch (Exception e) {
          failed++;
          LOG.warn("Reminder e-mail for appointment {} not sent: {}", a.id(), e.getMessage());
        }
      }
    }
    String detail = notices + " reminders, " + mails + " e-mails, " + failed + " e-mails failed.";
    runs.record(
        new JobRun(
            UUID.randomUUID(),
            JOB,
            server.name(),
            started,
            clock.instant(),
            failed == 0 ? "OK" : "PARTIAL",
            detail));
    audit.recordAs("system", "SYSTEM", "REMIND", AppointmentRepository.TABLE, "job", detail);
  }

  /**
   * Claims the reminder and leaves the in-app notice, committed together; null when already
   * claimed, else the address to e-mail (empty when none or mail is not configured).
   */
  private Optional<String> claim(Appointment a) {
    return transaction.execute(
        s -> {
          boolean byMail = mail.getIfAvailable() != null;
          if (!appointments.claimReminder(a.id(), a.icalSequence(), byMail, clock.instant())) {
            return null;
          }
          appointments.insertNotice(a.clientId(), "REMINDER", a.id(), clock.instant());
          return byMail ? appointments.reminderEmail(a.clientId()) : Optional.<String>empty();
        });
  }

  private void send(Appointment a, String to) throws Exception {
    JavaMailSender sender = mail.getObject();
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(text.get("scheduling.mail.subject", a.localStart().format(day)));
    helper.setText(
        text.get(
            "scheduling.mail.body",
            a.localStart().format(day),
            a.localStart().format(time),
            a.zone().getId()));
    String ics = invitations.of(a, text.get("scheduling.mail.organizer"));
    helper.addAttachment(
        "appointment.ics",
        new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
        "text/calendar; charset=UTF-8; method=REQUEST");
    sender.send(message);
  }
}
