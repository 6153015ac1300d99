package org.securebase.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, defect 6: no programme name of a value ({@code TEST_RETEST}, {@code NOT_SECURE}, {@code
 * NO_INFANT_DATA}, {@code ALPHA} ...) reaches a person. Signs in as every demo login, follows the
 * links each one sees from the home page (a breadth-first crawl, a few pages of each shape) and
 * reads every page as shown: its text and the attributes a screen reader speaks. Every page a link
 * leads to must also answer without an error.
 */
class DemoPagesIT extends DemoIntegrationTest {

  /** Pages of one shape (ids replaced) visited per login: enough to see each kind of record. */
  private static final int PER_SHAPE = 3;

  private static final int PER_LOGIN = 120;

  /** An upper-case word joined by underscores is never English. */
  private static final Pattern SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  private static final Pattern CAPS_WORD = Pattern.compile("\\b[A-Z][A-Z0-9]{3,}\\b");

  /** Upper-case words that are names people use (acronyms), though an enum may share them. */
  private static final Set<String> ACRONYMS =
      Set.of(
          "FHIR",
          "HTML",
          "JSON",
          "REDCAP",
          "SPSS",
          "STATA",
          "UTC",
          "ICAL",
          // The ICC forms by the names of R's psych package, as coders read them in papers.
          "ICC1",
          "ICC2",
          "ICC3");

  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}|\\b\\d+\\b");

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void noEnumConstantReachesAnyPageOfTheDemo() throws Exception {
    Set<String> constants = enumConstants();
    assertThat(constants).contains("TEST_RETEST", "NOT_SECURE", "NO_INFANT_DATA", "ALPHA");
    List<String> problems = new ArrayList<>();
    Map<String, Integer> visited = new HashMap<>();
    for (DemoWorkspace.DemoLogin login : DemoWorkspace.LOGINS) {
      int pages = crawl(users.loadUserByUsername(login.username()), constants, problems);
      visited.put(login.username(), pages);
    }
    // The crawl really reached the demo's pages, not only each home page.
    assertThat(visited.get("client")).isGreaterThan(6);
    assertThat(visited.get("clinician")).isGreaterThan(15);
    assertThat(visited.get("coder")).isGreaterThan(5);
    assertThat(visited.get("researcher")).isGreaterThan(3);
    assertThat(visited.get("admin")).isGreaterThan(4);
    assertThat(problems).as("pages visited per login: " + visited).isEmpty();
  }

  @Test
  void theReadingFindsProgrammeNamesWhereTheyHide() {
    Document page =
        Jsoup.parse(
            "<html><head><title>Parameters</title></head><body><p>r from TEST_RETEST</p>"
                + "<span title=\"ALPHA\">r</span><p>Export as FHIR; score ONCE</p>"
                + "<input type=hidden value=NOT_SECURE>"
                + "<details class=how-computed><summary>How</summary>COH_CUT = 5</details>"
                + "</body></html>");

    assertThat(rawTokens(page, Set.of("ALPHA", "FHIR", "ONCE", "NOT_SECURE", "TEST_RETEST")))
        .containsExactly("ALPHA", "ONCE", "TEST_RETEST");
  }

  private int crawl(UserDetails who, Set<String> constants, List<String> problems)
      throws Exception {
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new LinkedHashSet<>(queue);
    Map<String, Integer> shapes = new HashMap<>();
    int pages = 0;
    while (!queue.isEmpty() && pages < PER_LOGIN) {
      String path = queue.removeFirst();
      MockHttpServletResponse response =
          mvc.perform(get(path).with(user(who))).andReturn().getResponse();
      String where = who.getUsername() + " " + path;
      if (response.getStatus() >= 300 && response.getStatus() < 400) {
        String next = local(response.getRedirectedUrl());
        if (next != null && seen.add(next)) {
          queue.addFirst(next);
        }
        continue;
      }
      if (response.getStatus() != 200) {
        problems.add(where + " answered " + response.getStatus());
        continue;
      }
      String type = response.getContentType();
      if (type == null || !type.startsWith("text/html")) {
        continue;
      }
      pages++;
      Document page =
          Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost/");
      for (String token : rawTokens(page, constants)) {
        problems.add(where + " shows " + token);
      }
      for (Element link : page.select("a[href]")) {
        String next = local(link.attr("href"));
        if (next != null && !seen.contains(next) && worthVisiting(next)) {
          String shape = ID.matcher(next).replaceAll("{id}");
          if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
            seen.add(next);
            queue.addLast(next);
          }
        }
      }
    }
    return pages;
  }

  /** The text a person reads or hears on the page, searched for programme names. */
  static Set<String> rawTokens(Document original, Set<String> constants) {
    // The "how this was computed" sections are where a method's parameters stay on purpose.
    Document page = original.clone();
    page.select("details.how-computed").remove();
    StringBuilder shown = new StringBuilder(page.title()).append(' ');
    shown.append(page.body().text());
    for (Element e : page.select("[title], [aria-label], [alt], [placeholder]")) {
      shown
          .append(' ')
          .append(e.attr("title"))
          .append(' ')
          .append(e.attr("aria-label"))
          .append(' ')
          .append(e.attr("alt"))
          .append(' ')
          .append(e.attr("placeholder"));
    }
    for (Element e : page.select("input[type=submit], input[type=button]")) {
      shown.append(' ').append(e.attr("value"));
    }
    Set<String> found = new TreeSet<>();
    Matcher snake = SNAKE.matcher(shown);
    while (snake.find()) {
      found.add(snake.group());
    }
    Matcher caps = CAPS_WORD.matcher(shown);
    while (caps.find()) {
      if (constants.contains(caps.group()) && !ACRONYMS.contains(caps.group())) {
        found.add(caps.group());
      }
    }
    return found;
  }

  private static String local(String href) {
    if (href == null) {
      return null;
    }
    String path = href.replaceFirst("^https?://localhost(:\\d+)?", "");
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    return path.startsWith("/") && !path.startsWith("//") ? path : null;
  }

  /** Pages, not downloads or scripts: a PDF or a bundle has no words on a screen to check here. */
  private static boolean worthVisiting(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    return !(p.startsWith("/api/")
        || p.startsWith("/logout")
        || p.startsWith("/webjars/")
        || p.startsWith("/css/")
        || p.startsWith("/js/")
        || p.startsWith("/images/")
        || p.contains(".pdf")
        || p.contains("/pdf")
        || p.contains("/report.")
        || p.contains("fhir")
        || p.contains(".ics")
        || p.contains("/feed")
        || p.contains(".csv")
        || p.contains(".zip")
        || p.contains("/download"));
  }

  /** Every constant of every enum in SecureBase's own code, app and core. */
  static Set<String> enumConstants() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(
              org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    scanner.addIncludeFilter(
        (reader, factory) ->
            "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
    Set<String> names = new TreeSet<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.securebase")) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
    }
    return names;
  }
}
