package org.securebase.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.securebase.app.crypto.AuditMac;
import org.securebase.core.audit.CompactRange;
import org.securebase.core.audit.TreeHash;

/**
 * One pass over the trail in its sealed order, then over the events not sealed yet: it recomputes
 * the Merkle tree, compares it with every stored head (and an exported one) at that head's size,
 * and names each event whose own MAC, seal MAC or place is wrong. Single use, not thread-safe.
 */
final class TrailWalk {

  private static final int MAX_PROBLEMS = 50;

  private final AuditMac mac;
  private final NavigableMap<Long, TreeHead> heads = new TreeMap<>();
  private final TreeHead exported;
  private final List<String> problems = new ArrayList<>();
  private CompactRange range = CompactRange.empty();
  private long expectedSeq = 1;
  private long rows;
  private long pending;
  private String legacyLink = "genesis";
  private long lastLegacySeq;
  private String lastLegacyMac = "genesis";
  private boolean rootMismatchNoted;

  TrailWalk(AuditMac mac, List<TreeHead> storedHeads, TreeHead exported) {
    this.mac = mac;
    this.exported = exported;
    for (TreeHead h : storedHeads) {
      if (!mac.verifies(h.mac(), h.canonical())) {
        note("The tree head of size " + h.treeSize() + " was altered or forged (its MAC fails).");
      }
      heads.put(h.treeSize(), h);
    }
    if (exported != null && !mac.verifies(exported.mac(), exported.canonical())) {
      note(
          "The exported head does not carry this deployment's MAC: it was altered, or it comes"
              + " from another deployment.");
    }
  }

  long latestHeadSize() {
    return heads.isEmpty() ? 0 : heads.lastKey();
  }

  /** The next event in seq order. */
  void sealed(AuditEvent e) {
    rows++;
    long seq = e.seq();
    if (seq != expectedSeq) {
      note(
          (seq - 1 > expectedSeq
                  ? "Events #" + expectedSeq + " to #" + (seq - 1) + " are missing"
                  : "Event #" + expectedSeq + " is missing")
              + ": the trail jumps from #"
              + (expectedSeq - 1)
              + " to #"
              + seq
              + ".");
    }
    expectedSeq = seq + 1;
    if (e.legacy()) {
      if (!e.legacyPrevMac().equals(legacyLink)) {
        note("Event #" + seq + " (written before V7) does not link to the row before it.");
      }
      legacyLink = e.mac();
      lastLegacySeq = seq;
      lastLegacyMac = e.mac();
    }
    if (!mac.verifies(e.mac(), e.canonical())) {
      note("Event #" + seq + " was altered after it was written (its MAC does not match).");
    }
    if (e.sealMac() != null) {
      if (!mac.verifies(e.sealMac(), AuditEvent.sealCanonical(seq, e.mac()))) {
        note(
            "Event #"
                + seq
                + " is not in the place it was sealed at: it was moved, reordered or copied.");
      }
    } else if (seq <= latestHeadSize()) {
      note("Event #" + seq + " lies inside the sealed trail but carries no seal: it was inserted.");
    }
    range = range.append(TreeHash.leaf(e.leafEntry()));
    compareHeads(seq);
  }

  private void compareHeads(long seq) {
    // Heads are keyed by position: in an intact trail the position is the number of leaves.
    TreeHead stored = heads.get(seq);
    if (stored != null && !stored.rootHash().equals(range.hexRoot()) && !rootMismatchNoted) {
      rootMismatchNoted = true;
      note(
          "The trail up to #"
              + seq
              + " does not match the tree head sealed at "
              + stored.sealedAt()
              + " over "
              + stored.treeSize()
              + " events: an event up to there was changed, removed, inserted or reordered.");
    }
    if (exported != null
        && exported.treeSize() == seq
        && !exported.rootHash().equals(range.hexRoot())) {
      note(
          "The trail up to #"
              + seq
              + " does not match the exported head sealed at "
              + exported.sealedAt()
              + " over "
              + exported.treeSize()
              + " events: an event up to there was changed, removed, inserted or reordered.");
    }
  }

  /** An event that has no place yet. */
  void pending(AuditEvent e) {
    rows++;
    pending++;
    String name = "Unsealed event " + e.id() + " (" + e.occurredAt() + ")";
    if (e.legacy() || !mac.verifies(e.mac(), e.canonical())) {
      note(name + " was altered after it was written, or was not written by SecureBase.");
    } else if (e.sealMac() != null) {
      note(name + " was sealed once but has lost its place in the trail.");
    }
  }

  /** Checks the ends of the trail against the heads, once every event was seen. */
  void finish(long legacyHeadSeq, String legacyHeadMac) {
    long leaves = range.size();
    long last = expectedSeq - 1;
    if (last < latestHeadSize()) {
      TreeHead h = heads.lastEntry().getValue();
      note(
          "The trail ends at event #"
              + last
              + " but the tree head sealed at "
              + h.sealedAt()
              + " covers "
              + h.treeSize()
              + " events: events at the end were removed.");
    }
    if (exported != null && last < exported.treeSize()) {
      note(
          "The trail holds "
              + leaves
              + " sealed events (up to #"
              + last
              + ") but the exported head sealed at "
              + exported.sealedAt()
              + " covers "
              + exported.treeSize()
              + ": events #"
              + (leaves + 1)
              + " to #"
              + exported.treeSize()
              + " were removed"
              + (latestHeadSize() < exported.treeSize()
                  ? " and the stored tree heads rewound to hide it."
                  : "."));
    }
    if (legacyHeadSeq > 0
        && (lastLegacySeq != legacyHeadSeq || !lastLegacyMac.equals(legacyHeadMac))) {
      note(
          "The rows written before V7 end at #"
              + lastLegacySeq
              + " but their head records #"
              + legacyHeadSeq
              + ": rows at their end were removed or the head was changed.");
    }
  }

  AuditChain.Verification result() {
    return new AuditChain.Verification(rows, range.size(), pending, List.copyOf(problems));
  }

  private void note(String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
