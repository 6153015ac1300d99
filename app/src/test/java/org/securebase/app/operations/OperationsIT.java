package org.securebase.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions in the database and the locked scheduled job, on one server (either database). */
class OperationsIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired AuditChainCheck check;
  @Autowired JobRuns runs;
  @LocalServerPort int port;

  @Test
  void aSignedInSessionIsStoredInTheDatabaseNotInTheServer() throws Exception {
    SignedInUser clinician = new TestWorkspace(context).person(Role.CLINICIAN);
    WebUser web = new WebUser("http://127.0.0.1:" + port);

    assertThat(web.signIn(clinician.username(), TestWorkspace.PASSWORD)).isEqualTo(302);
    assertThat(web.get("/clients").statusCode()).isEqualTo(200);

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :u")
                .param("u", clinician.username())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM spring_session_attributes a JOIN spring_session s"
                        + " ON s.primary_id = a.session_primary_id WHERE s.principal_name = :u")
                .param("u", clinician.username())
                .query(Long.class)
                .single())
        .isGreaterThan(0L);
  }

  @Test
  void theAuditCheckRunsOnceWhenFiredTwiceAtTheSameMomentAndRecordsItsOutcome() throws Exception {
    int before = runs.of(AuditChainCheck.JOB).size();
    Callable<Void> fire =
        () -> {
          check.run();
          return null;
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (var f : pool.invokeAll(List.of(fire, fire))) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<JobRun> after = runs.of(AuditChainCheck.JOB);
    assertThat(after).hasSize(before + 1);
    assertThat(after.get(0).outcome()).isEqualTo("INTACT");
    assertThat(after.get(0).detail()).endsWith("rows checked.");
  }
}
