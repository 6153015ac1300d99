package org.securebase.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.securebase.app.crypto.AuditMac;
import org.securebase.core.audit.CompactRange;
import org.securebase.core.audit.TreeHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sequencer of the audit trail (the role a Certificate Transparency log's signer plays, RFC
 * 9162): it takes committed events that have no place yet, gives them the next dense positions
 * ({@code seq}) in a batch, binds each to its position with a seal MAC, extends the Merkle tree
 * over the whole trail and records the new MAC-signed tree head.
 *
 * <p>Only sealers take a lock (the {@code audit_sealer} row, for one batch); requests never wait
 * for it. Any server may seal: the scheduled job ({@code operations.AuditSealing}, one server per
 * firing through ShedLock), {@code securebase audit head}, or verification on demand. Events are
 * taken oldest first; one committed later with an earlier time (a long transaction) simply gets a
 * later place, as the time it committed is when it became part of the record.
 */
@Component
public class AuditSealer {

  static final int BATCH = 2000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final AuditMac mac;
  private final Clock clock;
  private final TransactionTemplate transactions;

  AuditSealer(
      JdbcClient jdbc,
      JdbcTemplate template,
      AuditMac mac,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.template = template;
    this.mac = mac;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Seals every event committed so far and returns how many it sealed. */
  public long sealPending() {
    long sealed = 0;
    int batch;
    do {
      batch = transactions.execute(status -> sealBatch());
      sealed += batch;
    } while (batch == BATCH);
    return sealed;
  }

  /** The newest signed head, if anything was ever sealed. */
  public Optional<TreeHead> latestHead() {
    return jdbc.sql(
            "SELECT tree_size, root_hash, sealed_at, mac FROM audit_tree_head"
                + " ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY")
        .query(AuditSealer::head)
        .optional();
  }

  /** Seals what is pending and returns the head over every committed event. */
  public TreeHead sealAndHead() {
    sealPending();
    return latestHead().orElseGet(this::emptyHead);
  }

  private TreeHead emptyHead() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String root = CompactRange.empty().hexRoot();
    return new TreeHead(0, root, now, mac.tag(TreeHead.canonical(0, root, now)));
  }

  private int sealBatch() {
    jdbc.sql("SELECT id FROM audit_sealer WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    CompactRange range = storedRange();
    // Rows from before V7 already have their seq (and their old chain) but are not in the tree.
    List<AuditEvent> batch =
        jdbc.sql(AuditEvents.SELECT + " WHERE seq > :size ORDER BY seq FETCH FIRST :n ROWS ONLY")
            .param("size", range.size())
            .param("n", BATCH)
            .query(AuditEvents::map)
            .list();
    if (batch.isEmpty()) {
      batch =
          jdbc.sql(
                  AuditEvents.SELECT
                      + " WHERE seq IS NULL ORDER BY occurred_at, id FETCH FIRST :n ROWS ONLY")
              .param("n", BATCH)
              .query(AuditEvents::map)
              .list();
    }
    if (batch.isEmpty()) {
      return 0;
    }
    long first = range.size() + 1;
    List<Object[]> updates = new ArrayList<>(batch.size());
    for (AuditEvent e : batch) {
      long seq = e.sealed() ? e.seq() : range.size() + 1;
      range = range.append(TreeHash.leaf(e.leafEntry()));
      updates.add(new Object[] {seq, mac.tag(AuditEvent.sealCanonical(seq, e.mac())), e.id()});
    }
    template.batchUpdate("UPDATE audit_event SET seq = ?, seal_mac = ? WHERE id = ?", updates);
    recordHead(range, first);
    return batch.size();
  }

  /** The range the newest head was made from, checked against that head's signed root. */
  private CompactRange storedRange() {
    Optional<Object[]> stored =
        jdbc.sql(
                "SELECT tree_size, root_hash, sealed_at, mac, peaks FROM audit_tree_head"
                    + " ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY")
            .query((rs, n) -> new Object[] {head(rs, n), rs.getString("peaks")})
            .optional();
    if (stored.isEmpty()) {
      return CompactRange.empty();
    }
    TreeHead head = (TreeHead) stored.get()[0];
    String peaks = (String) stored.get()[1];
    CompactRange range =
        CompactRange.of(
            head.treeSize(), peaks.isEmpty() ? List.of() : Arrays.asList(peaks.split(",")));
    // Never extend a tree whose stored state was tampered with: the new head would sign it.
    if (!mac.verifies(head.mac(), head.canonical()) || !range.hexRoot().equals(head.rootHash())) {
      throw new IllegalStateException(
          "The newest audit tree head (size "
              + head.treeSize()
              + ") does not verify; nothing was sealed. Run securebase audit verify.");
    }
    return range;
  }

  private void recordHead(CompactRange range, long firstSeq) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String root = range.hexRoot();
    jdbc.sql(
            """
            INSERT INTO audit_tree_head (tree_size, first_seq, root_hash, sealed_at, peaks, mac)
            VALUES (:size, :first, :root, :at, :peaks, :mac)
            """)
        .param("size", range.size())
        .param("first", firstSeq)
        .param("root", root)
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("peaks", String.join(",", range.hexPeaks()))
        .param("mac", mac.tag(TreeHead.canonical(range.size(), root, now)))
        .update();
  }

  static TreeHead head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new TreeHead(
        rs.getLong("tree_size"),
        rs.getString("root_hash"),
        rs.getObject("sealed_at", OffsetDateTime.class).toInstant(),
        rs.getString("mac"));
  }
}
