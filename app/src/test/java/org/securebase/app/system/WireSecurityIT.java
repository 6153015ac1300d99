package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers on every answer. */
class WireSecurityIT extends IntegrationTest {

  @LocalServerPort int port;

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
}
