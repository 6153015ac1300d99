package org.securebase.app.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Where this deployment's database is, read from the same settings the server uses
 * (application.properties with SECUREBASE_DATA, SECUREBASE_DB_URL, SECUREBASE_DB_USER,
 * SECUREBASE_DB_PASSWORD and SECUREBASE_KEYS from the environment), without starting the
 * application: {@code backup} and {@code restore} must not run migrations or create keys.
 */
record DatabaseLocation(String url, String user, String password, Path keys) {

  static DatabaseLocation fromSettings() {
    StandardEnvironment env = new StandardEnvironment();
    try {
      Properties defaults =
          PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
      env.getPropertySources().addLast(new PropertiesPropertySource("application", defaults));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DatabaseLocation(
        env.getRequiredProperty("spring.datasource.url"),
        env.getProperty("spring.datasource.username", ""),
        env.getProperty("spring.datasource.password", ""),
        Paths.get(env.getRequiredProperty("securebase.keys.dir")));
  }

  boolean isH2File() {
    return url.startsWith("jdbc:h2:file:");
  }

  boolean isPostgresql() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The H2 database's path without the .mv.db ending, e.g. securebase-data/db/securebase. */
  Path h2Base() {
    String rest = url.substring("jdbc:h2:file:".length());
    int semi = rest.indexOf(';');
    return Paths.get(semi < 0 ? rest : rest.substring(0, semi));
  }

  /** The H2 data file; the database is empty when it does not exist. */
  Path h2File() {
    return h2Base().resolveSibling(h2Base().getFileName() + ".mv.db");
  }

  /** Host, port and database name of a PostgreSQL URL, for pg_dump and pg_restore. */
  PgTarget pg() {
    URI uri = URI.create(url.substring("jdbc:".length()));
    String db =
        uri.getPath() == null || uri.getPath().length() < 2 ? "" : uri.getPath().substring(1);
    return new PgTarget(
        uri.getHost() == null ? "localhost" : uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(),
        db);
  }

  record PgTarget(String host, int port, String database) {}

  /** Where it is, for messages; never the password. */
  String describe() {
    if (isH2File()) {
      return "the embedded database " + h2File().toAbsolutePath();
    }
    if (isPostgresql()) {
      PgTarget t = pg();
      return "the PostgreSQL database " + t.database() + " on " + t.host() + ":" + t.port();
    }
    return url;
  }
}
