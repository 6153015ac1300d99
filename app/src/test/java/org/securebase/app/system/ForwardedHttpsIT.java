package org.securebase.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS proxy (SECUREBASE_FORWARD_HEADERS=native): a request the proxy marks as HTTPS with
 * X-Forwarded-Proto gets HSTS, and the cookies it sets are Secure.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ForwardedHttpsIT extends IntegrationTest {

  @LocalServerPort int port;

  private HttpResponse<String> signInPage(boolean forwardedHttps) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
    if (forwardedHttps) {
      request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestForwardedAsHttpsGetsHstsAndSecureCookies() throws Exception {
    HttpResponse<String> page = signInPage(true);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow())
        .contains("max-age=31536000")
        .contains("includeSubDomains");
    assertThat(page.headers().allValues("Set-Cookie"))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
  }

  @Test
  void aPlainHttpRequestGetsNeitherHstsNorSecureCookies() throws Exception {
    HttpResponse<String> page = signInPage(false);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(page.headers().allValues("Set-Cookie"))
        .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
  }
}
