package org.securebase.app.audit;

import java.util.List;
import org.securebase.app.crypto.AuditMac;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit trail end to end: every event's own MAC, sealed or not; the dense order the
 * sealer gave (a missing position is a removed event); each sealed event's seal MAC (an event moved
 * to another place is named); the Merkle tree recomputed over the whole trail against every stored
 * tree head; and, given an exported head, the trail against that head.
 *
 * <h2>Threat model</h2>
 *
 * <p>The attacker can read and write the database (SQL access, a stolen backup restored) but does
 * not hold the deployment's audit key (the key folder, {@code SECUREBASE_KEYS}, kept apart from the
 * database). Against that attacker, verification detects:
 *
 * <ul>
 *   <li>a changed event, sealed or not (its MAC covers every field);
 *   <li>an inserted event (it cannot carry a valid MAC; copying a real one needs its id, which is
 *       unique);
 *   <li>a removed sealed event (a gap in the dense order, and a tree head that no longer matches);
 *   <li>reordered sealed events (their seal MACs bind each to its position, and the tree root);
 *   <li>a removed tail of sealed events, as long as a stored tree head still covers it;
 *   <li>an altered or forged tree head (its MAC).
 * </ul>
 *
 * <p>What needs an external anchor: the database holds its own heads, so an attacker can remove the
 * newest events <em>together with</em> the heads that cover them, rewinding the trail to an earlier
 * genuine head. That is detected only against a head kept outside the database ({@code securebase
 * audit head} exported to the auditor, then {@code securebase audit verify --head FILE}). Events
 * not sealed yet (at most one sealing interval, 10 s by default) are protected against change but
 * not against removal: nothing outside them records that they existed. Someone who holds the audit
 * key can rewrite everything; the key is the root of trust, as the keys for the clinical data are.
 *
 * <p>Rows are streamed, so verification runs in constant memory however long the trail is.
 */
@Component
public class AuditChain {

  private final JdbcClient jdbc;
  private final AuditMac mac;

  AuditChain(JdbcClient jdbc, AuditMac mac) {
    this.jdbc = jdbc;
    this.mac = mac;
  }

  /**
   * The result of one verification. {@code problems} is empty when the trail is intact; {@code
   * sealed} events are in the tree, {@code pending} ones wait for the sealer.
   */
  public record Verification(long rowsChecked, long sealed, long pending, List<String> problems) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  /** Verifies the trail against the heads stored with it. */
  public Verification verify() {
    return verify(null);
  }

  /** Verifies the trail against the stored heads and a head kept elsewhere ({@code null}: none). */
  public Verification verify(TreeHead exported) {
    List<TreeHead> heads =
        jdbc.sql(
                "SELECT tree_size, root_hash, sealed_at, mac FROM audit_tree_head"
                    + " ORDER BY tree_size")
            .query(AuditSealer::head)
            .list();
    TrailWalk walk = new TrailWalk(mac, heads, exported);
    jdbc.sql(AuditEvents.SELECT + " WHERE seq IS NOT NULL ORDER BY seq")
        .query((RowCallbackHandler) rs -> walk.sealed(AuditEvents.map(rs, 0)));
    jdbc.sql(AuditEvents.SELECT + " WHERE seq IS NULL ORDER BY occurred_at, id")
        .query((RowCallbackHandler) rs -> walk.pending(AuditEvents.map(rs, 0)));
    Object[] legacyHead =
        jdbc.sql("SELECT last_seq, last_mac FROM audit_head WHERE id = 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional()
            .orElse(new Object[] {0L, "genesis"});
    walk.finish((Long) legacyHead[0], (String) legacyHead[1]);
    return walk.result();
  }
}
