package org.securebase.app.operations;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code job_run} table: what each scheduled job did, where and when. */
@Repository
public class JobRuns {

  private static final String SELECT =
      "SELECT id, job_name, server, started_at, finished_at, outcome, detail FROM job_run";

  private final JdbcClient jdbc;

  JobRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(JobRun run) {
    jdbc.sql(
            """
            INSERT INTO job_run (id, job_name, server, started_at, finished_at, outcome, detail)
            VALUES (:id, :job, :server, :started, :finished, :outcome, :detail)
            """)
        .param("id", run.id())
        .param("job", run.jobName())
        .param("server", clip(run.server(), 120))
        .param("started", OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC))
        .param("finished", OffsetDateTime.ofInstant(run.finishedAt(), ZoneOffset.UTC))
        .param("outcome", run.outcome())
        .param("detail", clip(run.detail(), 2000))
        .update();
  }

  /** The runs of one job, newest first. */
  public List<JobRun> of(String jobName) {
    return jdbc.sql(SELECT + " WHERE job_name = :job ORDER BY started_at DESC")
        .param("job", jobName)
        .query(
            (rs, n) ->
                new JobRun(
                    rs.getObject("id", UUID.class),
                    rs.getString("job_name"),
                    rs.getString("server"),
                    rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                    rs.getString("outcome"),
                    rs.getString("detail")))
        .list();
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
