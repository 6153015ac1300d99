package org.securebase.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditChainIT extends IntegrationTest {

  @Autowired AuditLog audit;
  @Autowired AuditChain chain;
  @Autowired JdbcClient jdbc;

  private long appendThree() {
    audit.recordAs("tester", "CLINICIAN", "READ", "client", "r1", "ALLOWED");
    audit.recordAs("tester", "CLINICIAN", "READ", "client", "r2", "ALLOWED");
    audit.recordAs("tester", "CLINICIAN", "READ", "client", "r3", "ALLOWED");
    return jdbc.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single() - 1;
  }

  @Test
  void anUntouchedTrailVerifies() {
    appendThree();
    AuditChain.Verification v = chain.verify();
    assertThat(v.problems()).isEmpty();
    assertThat(v.rowsChecked()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void detectsAnAlteredRowAndNamesIt() {
    long middle = appendThree();
    String actor =
        jdbc.sql("SELECT actor FROM audit_event WHERE seq = :s")
            .param("s", middle)
            .query(String.class)
            .single();
    jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = :s")
        .param("s", middle)
        .update();
    try {
      assertThat(chain.verify().problems())
          .containsExactly("Row " + middle + " was altered after it was written.");
    } finally {
      jdbc.sql("UPDATE audit_event SET actor = :a WHERE seq = :s")
          .param("a", actor)
          .param("s", middle)
          .update();
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void detectsADeletedRow() {
    long middle = appendThree();
    var saved =
        jdbc.sql("SELECT * FROM audit_event WHERE seq = :s").param("s", middle).query().singleRow();
    jdbc.sql("DELETE FROM audit_event WHERE seq = :s").param("s", middle).update();
    try {
      assertThat(chain.verify().problems())
          .anyMatch(p -> p.contains("Rows " + middle + " are missing"))
          .anyMatch(p -> p.contains("Row " + (middle + 1) + " does not link"));
    } finally {
      putBack(saved);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void detectsARemovedTail() {
    long middle = appendThree();
    long last = middle + 1;
    var saved =
        jdbc.sql("SELECT * FROM audit_event WHERE seq = :s").param("s", last).query().singleRow();
    jdbc.sql("DELETE FROM audit_event WHERE seq = :s").param("s", last).update();
    try {
      assertThat(chain.verify().problems())
          .containsExactly(
              "The trail ends at row "
                  + middle
                  + " but its head records row "
                  + last
                  + ": rows at the end were removed or the head was changed.");
    } finally {
      putBack(saved);
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  /** Puts a row removed by a test back exactly as it was. */
  private void putBack(java.util.Map<String, Object> saved) {
    jdbc.sql(
            "INSERT INTO audit_event (seq, occurred_at, actor, actor_role, action, record_type,"
                + " record_id, remote_addr, outcome, prev_mac, mac) VALUES (:seq, :occurred_at,"
                + " :actor, :actor_role, :action, :record_type, :record_id, :remote_addr,"
                + " :outcome, :prev_mac, :mac)")
        .params(saved)
        .update();
  }
}
