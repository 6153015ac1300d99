package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads comes from a message bundle ({@code i18n/<feature>.properties}), so a
 * second language is a second set of files and no sentence hides in a template or in Java. After
 * petclinic's {@code I18nPropertiesSyncTest}: a template with literal text fails, and so does a key
 * (in a template or a Java message code) that no bundle holds.
 */
class TemplateMessagesTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path BUNDLES = Path.of("src/main/resources/i18n");
  static final Path JAVA = Path.of("src/main/java");

  /**
   * Templates written before the rule and not yet moved to keys. This list only shrinks: a listed
   * template that no longer holds literal text fails the test until it is taken off. A new template
   * never goes on it.
   */
  static final Set<String> NOT_YET_CONVERTED =
      Set.of(
          "client/client.html",
          "coding/calibration.html",
          "coding/comparison.html",
          "coding/earned.html",
          "coding/form.html",
          "interview/import.html",
          "interview/transcript.html",
          "journal/clinician-logs.html",
          "journal/support.html",
          "measure/parameters.html",
          "measure/wording.html",
          "plan/plan-form.html",
          "study/admin.html",
          "study/export.html",
          "study/import.html",
          "study/study.html");

  /** Attributes a person reads or hears (a screen reader reads title, aria-label and alt). */
  private static final Set<String> READ_ATTRIBUTES =
      Set.of("title", "placeholder", "aria-label", "alt", "label", "content", "value");

  /** Thymeleaf attributes whose quoted literals end up on screen. */
  private static final Set<String> SHOWN_EXPRESSIONS =
      Set.of(
          "th:text",
          "th:utext",
          "th:title",
          "th:placeholder",
          "th:aria-label",
          "th:alt",
          "th:value",
          "th:label",
          "th:replace",
          "th:insert",
          "th:with",
          "th:attr",
          "th:content");

  /** Attributes that replace an element's children, so the children are prototype text only. */
  private static final Set<String> REPLACING =
      Set.of(
          "th:text",
          "th:utext",
          "th:replace",
          "th:insert",
          "th:substituteby",
          "th:errors",
          "sec:authentication");

  private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
  private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern DATE_PATTERN = Pattern.compile("[dMyHhmsEaLkKSzuVXx ,.:/\\-]+");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z0-9_]+");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

  /**
   * Java hands message codes to the screens in these calls; the code is the quoted argument. {@code
   * BadInputException(field, code, args...)}, {@code Notices} flash codes, and direct look-ups.
   */
  private static final List<Pattern> JAVA_CODES =
      List.of(
          Pattern.compile(
              "new BadInputException\\(\\s*\"[^\"]*\",\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\""),
          Pattern.compile("Notices\\.\\w+\\([^\"]*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\""),
          Pattern.compile("Text\\.of\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\""),
          Pattern.compile(
              "(?:getMessage|message|text)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\""));

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
      if (!NOT_YET_CONVERTED.contains(name)) {
        literalText(template).forEach(p -> problems.add(name + ": " + p));
      }
    }
    assertThat(problems).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
  }

  @Test
  void theListOfUnconvertedTemplatesOnlyShrinks() throws IOException {
    List<String> clean = new ArrayList<>();
    for (String name : NOT_YET_CONVERTED) {
      Path template = TEMPLATES.resolve(name);
      if (!Files.exists(template) || literalText(template).isEmpty()) {
        clean.add(name);
      }
    }
    assertThat(clean).as("take these off NOT_YET_CONVERTED: they are converted or gone").isEmpty();
  }

  @Test
  void everyKeyATemplateUsesIsInABundle() throws IOException {
    Set<String> keys = bundleKeys();
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      Matcher m = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!keys.contains(m.group(1))) {
          missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).as("keys no bundle holds").isEmpty();
  }

  @Test
  void everyMessageCodeJavaUsesIsInABundle() throws IOException {
    Set<String> keys = bundleKeys();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (Pattern code : JAVA_CODES) {
          Matcher m = code.matcher(source);
          while (m.find()) {
            if (!keys.contains(m.group(1))) {
              missing.add(JAVA.relativize(file) + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(missing).as("message codes no bundle holds").isEmpty();
  }

  /**
   * A message with arguments goes through {@link java.text.MessageFormat}, where a lone apostrophe
   * starts a quote and swallows text ("the measure's {0}" loses its placeholder). Write {@code ''}.
   */
  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
          String value = properties.getProperty(key);
          if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
            wrong.add(bundle.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(wrong).as("write '' for an apostrophe in a message with {0}").isEmpty();
  }

  @Test
  void theCheckFindsLiteralTextWhereItHides() {
    String html =
        "<html xmlns:th=\"http://www.thymeleaf.org\" th:replace=\"~{fragments/layout ::"
            + " page(title='My space', content=~{::section})}\"><body><section>"
            + "<h1 th:text=\"#{home.title}\">prototype words are fine</h1>"
            + "<p>Literal words</p><input title=\"Hover words\">"
            + "<span th:text=\"${x} ? 'Yes' : #{no}\">x</span>"
            + "<span th:text=\"${#temporals.format(d, 'd MMM yyyy')}\">d</span>"
            + "<span th:if=\"${s == 'FINAL'}\" th:text=\"|Hello ${name}|\">d</span>"
            + "<p>&middot; 988</p></section></body></html>";

    List<String> found = literalText(Jsoup.parse(html, "", Parser.htmlParser()));

    assertThat(found)
        .containsExactlyInAnyOrder(
            "th:replace 'My space'",
            "text 'Literal words'",
            "title 'Hover words'",
            "th:text 'Yes'",
            "th:text |Hello ${name}|");
  }

  static List<String> literalText(Path template) throws IOException {
    return literalText(
        Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "", Parser.htmlParser()));
  }

  static List<String> literalText(Document document) {
    List<String> found = new ArrayList<>();
    for (Element element : document.getAllElements()) {
      String tag = element.tagName();
      if (tag.equals("script") || tag.equals("style")) {
        continue;
      }
      if (!replacedByThymeleaf(element)) {
        for (TextNode text : element.textNodes()) {
          String words = text.text().strip();
          if (WORDS.matcher(words).find()) {
            found.add("text '" + words + "'");
          }
        }
      }
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey();
        if (READ_ATTRIBUTES.contains(key)
            && !element.hasAttr("th:" + key)
            && WORDS.matcher(attribute.getValue()).find()
            && !(key.equals("value") && !isButtonLike(element))
            && !(key.equals("content") && !tag.equals("meta"))) {
          if (!(tag.equals("meta") && !element.attr("name").equals("description"))) {
            found.add(key + " '" + attribute.getValue() + "'");
          }
        }
        if (SHOWN_EXPRESSIONS.contains(key)) {
          literalsIn(key, attribute.getValue(), found);
        }
      }
    }
    return found;
  }

  private static boolean isButtonLike(Element element) {
    String type = element.attr("type");
    return element.tagName().equals("input")
        && (type.equals("submit") || type.equals("button") || type.equals("reset"));
  }

  private static boolean replacedByThymeleaf(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.tagName().equals("html")) {
        // A page's root is replaced by the layout, which shows the page's own sections.
        break;
      }
      for (String attribute : REPLACING) {
        if (e.hasAttr(attribute)) {
          return true;
        }
      }
      if (e.attr("th:remove").equals("all") || e.attr("th:remove").equals("body")) {
        return true;
      }
    }
    return false;
  }

  private static void literalsIn(String attribute, String expression, List<String> found) {
    // Date and number patterns are not words a person reads.
    String shown = expression.replaceAll("#(temporals|dates|numbers)\\.\\w+\\([^)]*\\)", "");
    Matcher quoted = QUOTED.matcher(shown);
    while (quoted.find()) {
      String literal = quoted.group(1);
      if (WORDS.matcher(literal).find()
          && !DATE_PATTERN.matcher(literal).matches()
          && !ENUM_CONSTANT.matcher(literal).matches()
          && !literal.startsWith("#")
          && !literal.contains("/")) {
        found.add(attribute + " '" + literal + "'");
      }
    }
    Matcher piped = Pattern.compile("\\|([^|]*)\\|").matcher(shown);
    while (piped.find()) {
      String outside = piped.group(1).replaceAll("[$#*@]\\{[^}]*\\}", "");
      if (WORDS.matcher(outside).find()) {
        found.add(attribute + " |" + piped.group(1) + "|");
      }
    }
  }

  static Set<String> bundleKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        keys.addAll(properties.stringPropertyNames());
      }
    }
    return keys;
  }

  static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }
}
