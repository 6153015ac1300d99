package org.securebase.app.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using SecureBase over real HTTP, as a browser would: a cookie jar, the sign-in form with
 * its CSRF token, and JSON calls carrying the token in the X-CSRF-TOKEN header. The base URL can be
 * changed between calls, which is how a test moves one person from server A to server B with the
 * same session cookie.
 */
final class WebUser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String base;
  private String csrf;

  WebUser(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Moves to another server; the cookies (the session) come along, as behind a load balancer. */
  WebUser at(String newBase) {
    // Cookies are kept per host; every server here is on 127.0.0.1, so the jar is shared already.
    this.base = newBase;
    return this;
  }

  String base() {
    return base;
  }

  /** The session cookie's value, or null. */
  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Signs in through the form; returns the status of the form post (302 to / on success). */
  int signIn(String username, String password) throws IOException, InterruptedException {
    HttpResponse<String> page = get("/login");
    String token = token(page.body());
    String form =
        "username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&_csrf="
            + enc(token == null ? "" : token);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      return 401;
    }
    return 302;
  }

  /** Reads a CSRF token for JSON calls from a page that has a form (the token is per session). */
  void fetchCsrfToken(String pageWithForm) throws IOException, InterruptedException {
    HttpResponse<String> page = get(pageWithForm);
    csrf = token(page.body());
    if (csrf == null) {
      throw new IllegalStateException(
          "No CSRF token on " + pageWithForm + " (status " + page.statusCode() + ")");
    }
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return send(json("POST", path, json));
  }

  HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
    return send(json("PUT", path, json));
  }

  private HttpRequest json(String method, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      b.header("X-CSRF-TOKEN", csrf);
    }
    return b.build();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String token(String html) {
    Matcher m = CSRF.matcher(html);
    return m.find() ? m.group(1) : null;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The value of a top-level string or number field in a small JSON object. */
  static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
    return m.find() ? m.group(1) : null;
  }
}
