package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.app.measure.BeforeSessionMeasures;
import org.securebase.app.measure.BeforeSessionMeasures.BookedSession;
import org.securebase.app.operations.JobRun;
import org.securebase.app.operations.JobRuns;
import org.securebase.app.operations.ServerIdentity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes measures "before each session" due: every booked session (not an AAI, an assessment)
 * starting within the next week is handed to the measures feature ({@link BeforeSessionMeasures}),
 * which creates an occurrence once its hours-before moment has come. Every ten minutes ({@code
 * securebase.jobs.before-session.cron}), one server per firing (ShedLock row {@value #JOB}), and
 * once at start-up to catch up; a run that creates something is recorded in {@code job_run}.
 * Running it twice is harmless: an occurrence is keyed by assignment and due date.
 */
@Component
@ConditionalOnWebApplication
public class BeforeSessionJob {

  public static final String JOB = "before-session-measures";

  private final AppointmentRepository appointments;
  private final BeforeSessionMeasures measures;
  private final JobRuns runs;
  private final ServerIdentity server;
  private final Clock clock;

  BeforeSessionJob(
      AppointmentRepository appointments,
      BeforeSessionMeasures measures,
      JobRuns runs,
      ServerIdentity server,
      Clock clock) {
    this.appointments = appointments;
    this.measures = measures;
    this.runs = runs;
    this.server = server;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    run();
  }

  @Scheduled(cron = "${securebase.jobs.before-session.cron:0 */10 * * * *}", zone = "UTC")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT0S", lockAtMostFor = "PT30M")
  public void run() {
    createDue();
  }

  /** One run; returns how many occurrences it created. */
  int createDue() {
    Instant started = clock.instant();
    List<BookedSession> booked =
        appointments
            .scheduledStarting(
                started, started.plus(Duration.ofHours(BeforeSessionMeasures.MAX_HOURS)))
            .stream()
            // The Adult Attachment Interview is an assessment, not a session of the work.
            .filter(a -> !"AAI".equals(a.typeCode()))
            .map(a -> new BookedSession(a.clientId(), a.start()))
            .toList();
    int created = measures.createDue(booked, started);
    if (created > 0) {
      runs.record(
          new JobRun(
              UUID.randomUUID(),
              JOB,
              server.name(),
              started,
              clock.instant(),
              "CREATED",
              created + " measures due before a session created."));
    }
    return created;
  }
}
