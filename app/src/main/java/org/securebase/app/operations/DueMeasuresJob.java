package org.securebase.app.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.app.measure.DueOccurrences;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the measure administrations that have fallen due ({@link DueOccurrences}), so that pages
 * only read them: every hour ({@code securebase.jobs.due-measures.cron}, one server per firing) and
 * once when a server has started, to catch up after downtime. Creating an occurrence twice is
 * harmless (a unique key keeps one), so a run after a crash is safe.
 */
@Component
@ConditionalOnWebApplication
public class DueMeasuresJob {

  public static final String JOB = "due-measures";

  private final DueOccurrences occurrences;
  private final JobRuns runs;
  private final ServerIdentity server;
  private final Clock clock;

  DueMeasuresJob(DueOccurrences occurrences, JobRuns runs, ServerIdentity server, Clock clock) {
    this.occurrences = occurrences;
    this.runs = runs;
    this.server = server;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    run();
  }

  @Scheduled(cron = "${securebase.jobs.due-measures.cron}", zone = "UTC")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
  public void run() {
    Instant started = clock.instant();
    int created = occurrences.createDue(LocalDate.now(clock));
    if (created > 0) {
      runs.record(
          new JobRun(
              UUID.randomUUID(),
              JOB,
              server.name(),
              started,
              clock.instant(),
              "CREATED",
              created + " due measure occurrences created."));
    }
  }
}
