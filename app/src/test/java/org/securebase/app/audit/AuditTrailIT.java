package org.securebase.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail against someone who can write to the database: each kind of tampering fails
 * verification and names the place. Every tampering runs inside a transaction that holds the
 * sealer's lock and is rolled back, so the shared trail is left exactly as it was.
 */
class AuditTrailIT extends IntegrationTest {

  @Autowired AuditLog audit;
  @Autowired AuditChain chain;
  @Autowired AuditSealer sealer;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  /** Appends three events, seals everything, and returns the seq of the middle one. */
  private long threeSealed() {
    for (String r : List.of("r1", "r2", "r3")) {
      audit.recordAs("tester", "CLINICIAN", "READ", "client", r, "ALLOWED");
    }
    sealer.sealPending();
    return jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single() - 1;
  }

  /** Tampers, then returns the problems verification finds; everything is rolled back after. */
  private List<String> problemsAfter(TreeHead exported, Consumer<JdbcClient> tampering) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    return tx.execute(
        status -> {
          jdbc.sql("SELECT id FROM audit_sealer WHERE id = 1 FOR UPDATE").query().listOfRows();
          tampering.accept(jdbc);
          List<String> problems = chain.verify(exported).problems();
          status.setRollbackOnly();
          return problems;
        });
  }

  private List<String> problemsAfter(Consumer<JdbcClient> tampering) {
    return problemsAfter(null, tampering);
  }

  @Test
  void anUntouchedTrailVerifiesSealedAndPendingEvents() {
    threeSealed();
    audit.recordAs("tester", "CLINICIAN", "READ", "client", "pending-1", "ALLOWED");
    AuditChain.Verification before = chain.verify();
    assertThat(before.problems()).isEmpty();
    assertThat(before.pending()).isGreaterThanOrEqualTo(1);

    sealer.sealPending();
    AuditChain.Verification after = chain.verify();
    assertThat(after.problems()).isEmpty();
    assertThat(after.pending()).isZero();
    assertThat(after.sealed()).isEqualTo(after.rowsChecked());
  }

  @Test
  void anEventOfARolledBackTransactionLeavesNoHole() {
    threeSealed();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              audit.record("UPDATE", "client", "rolled-back");
              status.setRollbackOnly();
            });
    audit.recordAs("tester", "CLINICIAN", "READ", "client", "after-rollback", "ALLOWED");
    sealer.sealPending();

    assertThat(chain.verify().problems()).isEmpty();
    assertThat(audit.forRecord("client", "rolled-back")).isEmpty();
    long count = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    long max = jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single();
    assertThat(max).isEqualTo(count);
  }

  @Nested
  class Tampering {

    @Test
    void aChangedSealedEventIsNamed() {
      long middle = threeSealed();
      List<String> problems =
          problemsAfter(
              db ->
                  db.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = :s")
                      .param("s", middle)
                      .update());
      assertThat(problems)
          .contains(
              "Event #" + middle + " was altered after it was written (its MAC does not match).")
          .anyMatch(
              p ->
                  p.startsWith(
                      "The trail up to #" + (middle + 1) + " does not match the tree head"));
    }

    @Test
    void aChangedPendingEventIsNamed() {
      threeSealed();
      audit.recordAs("tester", "CLINICIAN", "READ", "client", "pending-2", "ALLOWED");
      UUID id = audit.forRecord("client", "pending-2").get(0).id();
      List<String> problems =
          problemsAfter(
              db ->
                  db.sql("UPDATE audit_event SET outcome = 'DENIED' WHERE id = :id")
                      .param("id", id)
                      .update());
      assertThat(problems)
          .anyMatch(p -> p.startsWith("Unsealed event " + id) && p.contains("was altered"));
    }

    @Test
    void aDeletedEventIsNamed() {
      long middle = threeSealed();
      List<String> problems =
          problemsAfter(
              db -> db.sql("DELETE FROM audit_event WHERE seq = :s").param("s", middle).update());
      assertThat(problems)
          .contains(
              "Event #"
                  + middle
                  + " is missing: the trail jumps from #"
                  + (middle - 1)
                  + " to #"
                  + (middle + 1)
                  + ".")
          .anyMatch(
              p ->
                  p.startsWith(
                      "The trail up to #" + (middle + 1) + " does not match the tree head"))
          .noneMatch(p -> p.contains("events at the end were removed"));
    }

    @Test
    void anInsertedEventIsNamedWhereverItIsPut() {
      long middle = threeSealed();
      long end = middle + 2;
      List<String> problems =
          problemsAfter(
              db -> {
                // A copy of a genuine event, MAC and all, under a new id at the end ...
                db.sql(
                        "INSERT INTO audit_event (id, seq, occurred_at, actor, actor_role, action,"
                            + " record_type, record_id, remote_addr, outcome, mac, seal_mac)"
                            + " SELECT :id, :end, occurred_at, actor, actor_role, action,"
                            + " record_type, record_id, remote_addr, outcome, mac, seal_mac"
                            + " FROM audit_event WHERE seq = :s")
                    .param("id", UUID.randomUUID())
                    .param("end", end)
                    .param("s", middle)
                    .update();
                // ... and a made-up one waiting to be sealed.
                db.sql(
                        "INSERT INTO audit_event (id, occurred_at, actor, actor_role, action,"
                            + " record_type, record_id, remote_addr, outcome, mac) VALUES (:id,"
                            + " CURRENT_TIMESTAMP, 'nobody', 'ADMIN', 'READ', 'client', 'x',"
                            + " 'local', 'ALLOWED', 'abcdef')")
                    .param("id", UUID.fromString("00000000-0000-4000-8000-00000000f0f0"))
                    .update();
              });
      assertThat(problems)
          .contains("Event #" + end + " was altered after it was written (its MAC does not match).")
          .contains(
              "Event #"
                  + end
                  + " is not in the place it was sealed at: it was moved, reordered or copied.")
          .anyMatch(
              p ->
                  p.startsWith("Unsealed event 00000000-0000-4000-8000-00000000f0f0")
                      && p.endsWith("or was not written by SecureBase."));
    }

    @Test
    void reorderedEventsAreNamed() {
      long middle = threeSealed();
      long last = middle + 1;
      List<String> problems =
          problemsAfter(
              db -> {
                db.sql("UPDATE audit_event SET seq = -1 WHERE seq = :s")
                    .param("s", middle)
                    .update();
                db.sql("UPDATE audit_event SET seq = :m WHERE seq = :s")
                    .param("m", middle)
                    .param("s", last)
                    .update();
                db.sql("UPDATE audit_event SET seq = :l WHERE seq = -1").param("l", last).update();
              });
      assertThat(problems)
          .contains(
              "Event #"
                  + middle
                  + " is not in the place it was sealed at: it was moved, reordered or copied.",
              "Event #"
                  + last
                  + " is not in the place it was sealed at: it was moved, reordered or copied.")
          .anyMatch(
              p -> p.startsWith("The trail up to #" + last + " does not match the tree head"));
    }

    @Test
    void aRemovedTailIsNamedWhileAStoredHeadCoversIt() {
      long middle = threeSealed();
      long last = middle + 1;
      List<String> problems =
          problemsAfter(
              db -> db.sql("DELETE FROM audit_event WHERE seq = :s").param("s", last).update());
      assertThat(problems)
          .anyMatch(
              p ->
                  p.startsWith("The trail ends at event #" + middle + " but the tree head")
                      && p.endsWith("events at the end were removed."));
    }

    @Test
    void aTailRemovedWithItsHeadsIsCaughtOnlyByAnExportedHead() {
      threeSealed();
      long rewindTo = jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single();
      for (String r : List.of("t1", "t2", "t3")) {
        audit.recordAs("tester", "CLINICIAN", "READ", "client", r, "ALLOWED");
      }
      TreeHead exported = sealer.sealAndHead();
      Consumer<JdbcClient> rewind =
          db -> {
            db.sql("DELETE FROM audit_event WHERE seq > :n").param("n", rewindTo).update();
            db.sql("DELETE FROM audit_tree_head WHERE tree_size > :n")
                .param("n", rewindTo)
                .update();
          };

      // Rewound consistently, the database alone cannot tell: this is why heads are exported.
      assertThat(problemsAfter(rewind)).isEmpty();
      assertThat(problemsAfter(exported, rewind))
          .containsExactly(
              "The trail holds "
                  + rewindTo
                  + " sealed events (up to #"
                  + rewindTo
                  + ") but the exported head sealed at "
                  + exported.sealedAt()
                  + " covers "
                  + exported.treeSize()
                  + ": events #"
                  + (rewindTo + 1)
                  + " to #"
                  + exported.treeSize()
                  + " were removed and the stored tree heads rewound to hide it.");
      assertThat(chain.verify(exported).problems()).isEmpty();
    }

    @Test
    void anEditedExportedHeadIsRefused() {
      TreeHead genuine = sealer.sealAndHead();
      TreeHead edited =
          new TreeHead(
              genuine.treeSize() + 5, genuine.rootHash(), genuine.sealedAt(), genuine.mac());
      assertThat(chain.verify(edited).problems())
          .contains(
              "The exported head does not carry this deployment's MAC: it was altered, or it"
                  + " comes from another deployment.");
    }

    @Test
    void anAlteredStoredHeadIsNamedAndTheSealerRefusesToExtendIt() {
      threeSealed();
      long size = sealer.latestHead().orElseThrow().treeSize();
      List<String> problems =
          problemsAfter(
              db ->
                  db.sql("UPDATE audit_tree_head SET root_hash = :r WHERE tree_size = :n")
                      .param("r", "00".repeat(32))
                      .param("n", size)
                      .update());
      assertThat(problems)
          .contains("The tree head of size " + size + " was altered or forged (its MAC fails).");
    }
  }

  @Test
  void anExportedHeadRoundTripsThroughJson() {
    TreeHead head = sealer.sealAndHead();
    assertThat(TreeHead.fromJson(head.toJson())).isEqualTo(head);
    assertThat(chain.verify(head).problems()).isEmpty();
  }
}
