package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Headers on every answer. */
class WireSecurityIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long sessionRows() {
    return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
  }

  @Test
  void theEmbeddedDatabaseFilesAreOwnerOnly(
      @org.springframework.beans.factory.annotation.Value("${securebase.data}") String data)
      throws Exception {
    // Not a missing tool: the suite runs once on H2 and once on PostgreSQL (CI runs both passes);
    // only the H2 pass has data files of its own to check.
    org.junit.jupiter.api.Assumptions.assumeTrue(database().equals("h2"), "H2 only");
    java.nio.file.Path db = java.nio.file.Path.of(data, "db");
    assertThat(java.nio.file.Files.getPosixFilePermissions(db))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    assertThat(java.nio.file.Files.getPosixFilePermissions(db.resolve("securebase.mv.db")))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void anonymousVisitorsLoadingTheSignInPageCreateNoSessionRows() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long before = sessionRows();
    long anonymousBefore = anonymousSessionRows();
    List<String> paths =
        List.of("/login", "/login?error", "/login?signedOut", "/", "/favicon.ico", "/no-such-page");
    for (int i = 0; i < 4; i++) {
      for (String path : paths) {
        HttpResponse<String> page =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isLessThan(500);
        assertThat(page.headers().allValues("Set-Cookie"))
            .as(path)
            .noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
      }
    }
    // Other tests may sign in meanwhile; 24 anonymous page loads must not add rows of their own.
    assertThat(sessionRows() - before).isLessThan(paths.size() * 4L);
    // Rows other tests left (a browser that failed a second factor, say) are theirs; these loads
    // must add no session without a principal.
    assertThat(anonymousSessionRows()).isLessThanOrEqualTo(anonymousBefore);
  }

  @Test
  void theSignInPageSendsAPermissionsPolicyAndNoHstsOverPlainHttp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow())
          .contains("camera=()")
          .contains("microphone=()")
          .contains("geolocation=()");
      // A plain-HTTP answer has no HSTS: browsers ignore it there, and it is sent over HTTPS.
      assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }

  private long anonymousSessionRows() {
    return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name IS NULL")
        .query(Long.class)
        .single();
  }
}
