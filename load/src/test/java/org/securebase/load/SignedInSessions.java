package org.securebase.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinicians signed in once, before a capacity run, through the real form: each arrival of the open
 * model then reuses one of these sessions (the SESSION cookie) instead of paying for bcrypt, so the
 * run measures the pages, not the sign-in. Also finds, per clinician, a client's chart JSON URL.
 */
final class SignedInSessions {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CLIENT = Pattern.compile("href=\"/clients/([0-9a-f-]{36})\"");
  private static final Pattern CHART = Pattern.compile("data-chart-url=\"([^\"]+)\"");

  private SignedInSessions() {}

  /** One row per clinician: {@code session} (the cookie) and {@code chartUrl} (a JSON path). */
  static List<Map<String, Object>> clinicians(int count, String password) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(signIn(String.format(Locale.ROOT, "load-clinician-%02d", i), password));
    }
    return rows;
  }

  private static Map<String, Object> signIn(String username, String password) {
    try {
      CookieManager cookies = new CookieManager();
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String base = Servers.first();
      String csrf = find(CSRF, get(http, base + "/login"), "the sign-in form's CSRF token");
      String form =
          "username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
      HttpResponse<String> posted =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (posted.statusCode() != 302
          || posted.headers().firstValue("Location").orElse("").contains("error")) {
        throw new IllegalStateException(username + " could not sign in: is the load seed there?");
      }
      String client = find(CLIENT, get(http, base + "/clients"), "a client on the caseload");
      String chartUrl =
          find(
              CHART,
              get(http, base + "/clients/" + client + "/measures/charts"),
              "the chart's JSON URL");
      String session =
          cookies.getCookieStore().getCookies().stream()
              .filter(c -> c.getName().equals("SESSION"))
              .map(HttpCookie::getValue)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no SESSION cookie for " + username));
      return Map.of("session", session, "chartUrl", chartUrl.replace("&amp;", "&"));
    } catch (IOException e) {
      throw new IllegalStateException("Is the server running at " + Servers.first() + "?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String find(Pattern pattern, String page, String what) {
    Matcher m = pattern.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("Not found on the page: " + what);
    }
    return m.group(1);
  }
}
