package org.securebase.app.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.app.audit.AuditSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals the audit trail every few seconds ({@code securebase.jobs.audit-seal.delay}, 10 s by
 * default): every server schedules it, one runs each firing (the ShedLock row {@value #JOB}). The
 * sealer's own row lock would keep two sealers apart anyway; ShedLock spares the other servers the
 * wait. A run that sealed something or failed is recorded in {@code job_run}; an idle run is not,
 * or the table would fill with nothing.
 */
@Component
public class AuditSealing {

  public static final String JOB = "audit-seal";
  private static final Logger LOG = LoggerFactory.getLogger(AuditSealing.class);

  private final AuditSealer sealer;
  private final JobRuns runs;
  private final ServerIdentity server;
  private final Clock clock;

  AuditSealing(AuditSealer sealer, JobRuns runs, ServerIdentity server, Clock clock) {
    this.sealer = sealer;
    this.runs = runs;
    this.server = server;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${securebase.jobs.audit-seal.delay}",
      initialDelayString = "${securebase.jobs.audit-seal.delay}")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1S", lockAtMostFor = "PT10M")
  public void run() {
    Instant started = clock.instant();
    try {
      long sealed = sealer.sealPending();
      if (sealed > 0) {
        record(started, "SEALED", sealed + " events sealed.");
      }
    } catch (RuntimeException e) {
      record(started, "FAILED", String.valueOf(e.getMessage()));
      LOG.error("Sealing the audit trail failed on {}", server.name(), e);
    }
  }

  private void record(Instant started, String outcome, String detail) {
    runs.record(
        new JobRun(
            UUID.randomUUID(), JOB, server.name(), started, clock.instant(), outcome, detail));
  }
}
