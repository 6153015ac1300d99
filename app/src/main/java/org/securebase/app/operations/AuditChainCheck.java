package org.securebase.app.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.app.audit.AuditChain;
import org.securebase.app.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly audit-chain verification: every server schedules it, one runs it (the ShedLock row
 * {@value #JOB}), and the outcome goes to {@code job_run} and to the audit trail itself. A broken
 * chain is also logged at ERROR so a log alert can pick it up.
 *
 * <p>{@code lockAtLeastFor} keeps the lock for five minutes even when the check finishes sooner, so
 * a server whose clock fires a little later does not run it a second time.
 */
@Component
public class AuditChainCheck {

  public static final String JOB = "audit-chain-verification";
  private static final Logger LOG = LoggerFactory.getLogger(AuditChainCheck.class);

  private final AuditChain chain;
  private final AuditLog audit;
  private final JobRuns runs;
  private final ServerIdentity server;
  private final Clock clock;

  AuditChainCheck(
      AuditChain chain, AuditLog audit, JobRuns runs, ServerIdentity server, Clock clock) {
    this.chain = chain;
    this.audit = audit;
    this.runs = runs;
    this.server = server;
    this.clock = clock;
  }

  @Scheduled(cron = "${securebase.jobs.audit-chain.cron}", zone = "UTC")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
  public void run() {
    Instant started = clock.instant();
    AuditChain.Verification v = chain.verify();
    String outcome = v.intact() ? "INTACT" : "BROKEN";
    String detail =
        v.rowsChecked()
            + " rows checked"
            + (v.intact() ? "." : ": " + String.join(" ", v.problems()));
    runs.record(
        new JobRun(
            UUID.randomUUID(), JOB, server.name(), started, clock.instant(), outcome, detail));
    audit.recordAs("system", "SYSTEM", "VERIFY", "audit_trail", "chain", outcome);
    if (v.intact()) {
      LOG.info("Audit chain verified on {}: {}", server.name(), detail);
    } else {
      LOG.error("Audit chain BROKEN, found on {}: {}", server.name(), detail);
    }
  }
}
