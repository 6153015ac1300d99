package org.securebase.app.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small connection pool of its own for audit events that commit on their own: a refusal, and the
 * event of a request that only reads (its read-only transaction cannot write, and taking a second
 * connection from the main pool while holding one can deadlock a busy server once every connection
 * is held by a request waiting for a second). Each append here is one autocommitted INSERT, so a
 * connection is held for a moment and never while waiting for another.
 */
@Component
class AuditConnections implements DisposableBean {

  private final HikariDataSource pool;
  private final JdbcClient jdbc;

  AuditConnections(
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String user,
      @Value("${spring.datasource.password:}") String password,
      @Value("${securebase.audit.pool-size:4}") int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    config.setPoolName("securebase-audit");
    this.pool = new HikariDataSource(config);
    this.jdbc = JdbcClient.create(pool);
  }

  /** Statements here commit at once, whatever transaction the calling thread is in. */
  JdbcClient autonomous() {
    return jdbc;
  }

  @Override
  public void destroy() {
    pool.close();
  }
}
