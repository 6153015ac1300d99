package org.securebase.app.operations;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What lets several identical SecureBase servers share one database.
 *
 * <ul>
 *   <li>HTTP sessions live in the database (Spring Session JDBC, tables in V6__operations.sql), so
 *       a person signed in on one server continues on any other.
 *   <li>Scheduled jobs run on every server's scheduler, but each run takes a lock row in the {@code
 *       shedlock} table first (ShedLock, with the database's own clock): when two servers fire the
 *       same job at the same moment, one runs it and the other skips.
 *   <li>No clinical data is cached in a server's memory: every page and API call reads the
 *       database, so no server can serve a record another server has since changed.
 * </ul>
 *
 * <p>A new scheduled job (a measure reminder, an expiry) is a public method on a Spring bean with
 * {@code @Scheduled(cron = "${securebase.jobs.<name>.cron}", zone = "UTC")} and
 * {@code @SchedulerLock(name = "<name>", lockAtLeastFor = ..., lockAtMostFor = ...)}, recording its
 * outcome with {@link JobRuns#record}; see {@link AuditChainCheck}. The method must be reached
 * through the Spring proxy (the lock is applied there), and must be safe to run again after a crash
 * (lockAtMostFor frees the lock of a server that died mid-run).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class OperationsConfiguration {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("shedlock")
            .usingDbTime()
            .build());
  }

  /** Only a running server schedules jobs; the command-line tools never do. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication
  @EnableScheduling
  static class Scheduling {}
}
