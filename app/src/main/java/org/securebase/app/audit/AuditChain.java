package org.securebase.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.securebase.app.crypto.AuditMac;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit trail end to end: sequence numbers without gaps, each row's MAC, each row's
 * link to the row before, and the head pointer at the last row (which catches a removed tail).
 *
 * <p>Rows are streamed, so verification runs in constant memory however long the trail is.
 */
@Component
public class AuditChain {

  private static final int MAX_PROBLEMS = 50;

  private final JdbcClient jdbc;
  private final AuditMac mac;

  AuditChain(JdbcClient jdbc, AuditMac mac) {
    this.jdbc = jdbc;
    this.mac = mac;
  }

  /** The result of one verification. {@code problems} is empty when the chain is intact. */
  public record Verification(long rowsChecked, List<String> problems) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  public Verification verify() {
    List<String> problems = new ArrayList<>();
    long[] expectedSeq = {1};
    String[] previousMac = {"genesis"};
    long[] rows = {0};
    RowCallbackHandler check =
        rs -> {
          AuditEvent event = AuditEvents.map(rs, 0);
          rows[0]++;
          if (event.seq() != expectedSeq[0]) {
            note(
                problems,
                "Rows "
                    + expectedSeq[0]
                    + (event.seq() - 1 > expectedSeq[0] ? " to " + (event.seq() - 1) : "")
                    + " are missing: the trail jumps to row "
                    + event.seq()
                    + ".");
          }
          if (!event.prevMac().equals(previousMac[0])) {
            note(problems, "Row " + event.seq() + " does not link to the row before it.");
          }
          if (!mac.verifies(event.mac(), event.canonical())) {
            note(problems, "Row " + event.seq() + " was altered after it was written.");
          }
          expectedSeq[0] = event.seq() + 1;
          previousMac[0] = event.mac();
        };
    jdbc.sql(AuditEvents.SELECT + " ORDER BY seq").query(check);

    var head =
        jdbc.sql("SELECT last_seq, last_mac FROM audit_head WHERE id = 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long headSeq = (Long) head[0];
    if (headSeq != expectedSeq[0] - 1 || !head[1].equals(previousMac[0])) {
      note(
          problems,
          "The trail ends at row "
              + (expectedSeq[0] - 1)
              + " but its head records row "
              + headSeq
              + ": rows at the end were removed or the head was changed.");
    }
    return new Verification(rows[0], List.copyOf(problems));
  }

  private static void note(List<String> problems, String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
