package org.securebase.app.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database made for one test on the server named by
 * SECUREBASE_TEST_PG_URL, dropped afterwards. Tests that start their own servers need their own
 * database: the shared integration-test database already holds another key folder's key check.
 */
final class ScratchDatabase implements AutoCloseable {

  final String url;
  final String user;
  final String password;
  final String name;
  private final String adminUrl;

  private ScratchDatabase(String adminUrl, String url, String name, String user, String password) {
    this.adminUrl = adminUrl;
    this.url = url;
    this.name = name;
    this.user = user;
    this.password = password;
  }

  /** True when SECUREBASE_TEST_PG_URL names a PostgreSQL server to use. */
  static boolean available() {
    String url = System.getenv("SECUREBASE_TEST_PG_URL");
    return url != null && url.startsWith("jdbc:postgresql:");
  }

  static String user() {
    String u = System.getenv("SECUREBASE_TEST_PG_USER");
    return u == null ? "postgres" : u;
  }

  static String password() {
    String p = System.getenv("SECUREBASE_TEST_PG_PASSWORD");
    return p == null ? "" : p;
  }

  static ScratchDatabase create(String purpose) throws SQLException {
    String base = System.getenv("SECUREBASE_TEST_PG_URL");
    String name = "sb_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = DriverManager.getConnection(base, user(), password());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new ScratchDatabase(base, withDatabase(base, name), name, user(), password());
  }

  /** The same JDBC URL with another database name. */
  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String head = query < 0 ? url : url.substring(0, query);
    String tail = query < 0 ? "" : url.substring(query);
    int slash = head.lastIndexOf('/');
    return head.substring(0, slash + 1) + database + tail;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
