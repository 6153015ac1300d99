package org.securebase.core.discourse.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.securebase.core.discourse.IndicatorType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A labelled corpus: the items in the order read. Read from authoring sources (a folder of {@code
 * *.txt} files in the block format of {@link CorpusSource}) or from JSON Lines with character
 * offsets ({@code *.jsonl}, one item per line, schema {@value #SCHEMA}); written as JSON Lines.
 * Item ids are unique. Immutable.
 */
public record Corpus(List<CorpusItem> items) {

  /** Identifies the JSON Lines form; every line carries it. */
  public static final String SCHEMA = "securebase.discourse-corpus/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Copies the list and refuses duplicate ids. */
  public Corpus {
    items = List.copyOf(items);
    Set<String> ids = new HashSet<>();
    for (CorpusItem item : items) {
      if (!ids.add(item.id())) {
        throw new CorpusFormatException("duplicate item id " + item.id());
      }
    }
  }

  /**
   * Reads a folder of authoring sources, one authoring file, or a JSON Lines file.
   *
   * @throws CorpusFormatException naming file, line and item when anything cannot be read
   */
  public static Corpus read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        List<CorpusItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
          for (Path f : files.filter(Corpus::isSource).sorted().toList()) {
            items.addAll(CorpusSource.parse(f.getFileName().toString(), read(f, true)));
          }
        }
        if (items.isEmpty()) {
          throw new CorpusFormatException(path + ": no corpus source (*.txt) in this folder");
        }
        return new Corpus(items);
      }
      String content = read(path, false);
      String name = path.getFileName().toString();
      return name.endsWith(".jsonl") ? fromJsonLines(name, content) : sourceFile(name, content);
    } catch (IOException e) {
      throw new CorpusFormatException(path + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static Corpus sourceFile(String name, String content) {
    return new Corpus(CorpusSource.parse(name, content));
  }

  private static boolean isSource(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".txt") && !n.equalsIgnoreCase("README.txt");
  }

  private static String read(Path f, boolean inFolder) throws IOException {
    if (!inFolder && !Files.isRegularFile(f)) {
      throw new CorpusFormatException(f + ": no such file or folder");
    }
    return Files.readString(f, StandardCharsets.UTF_8);
  }

  /** Items of one kind. */
  public List<CorpusItem> items(CorpusItem.Kind kind) {
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  /** The corpus as JSON Lines: one object per item, with plain text and character offsets. */
  public String toJsonLines() {
    StringBuilder out = new StringBuilder();
    for (CorpusItem item : items) {
      out.append(JSON.writeValueAsString(tree(item))).append('\n');
    }
    return out.toString();
  }

  /** One item as the JSON object of a JSON Lines line. */
  public static ObjectNode tree(CorpusItem item) {
    ObjectNode node = JSON.createObjectNode();
    node.put("schema", SCHEMA);
    node.put("id", item.id());
    node.put("kind", item.kind().id());
    node.put("case", item.label().id());
    node.put("focus", item.focus().id());
    node.put("pattern", item.pattern());
    if (!item.note().isEmpty()) {
      node.put("note", item.note());
    }
    node.put("text", item.text());
    ArrayNode spans = node.putArray("spans");
    for (GoldSpan s : item.spans()) {
      spans
          .addObject()
          .put("indicator", s.type().id())
          .put("start", s.start())
          .put("end", s.end())
          .put("words", item.words(s));
    }
    return node;
  }

  /** Reads JSON Lines written by {@link #toJsonLines()} (or by a corrections export). */
  public static Corpus fromJsonLines(String name, String content) {
    List<CorpusItem> items = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      if (lines[n].isBlank()) {
        continue;
      }
      try {
        items.add(item(JSON.readTree(lines[n])));
      } catch (JacksonException | CorpusFormatException | IllegalArgumentException e) {
        throw new CorpusFormatException(name + " line " + (n + 1) + ": " + e.getMessage());
      }
    }
    return new Corpus(items);
  }

  private static CorpusItem item(JsonNode node) {
    String text = required(node, "text");
    List<GoldSpan> spans = new ArrayList<>();
    for (JsonNode s : node.path("spans")) {
      GoldSpan span =
          new GoldSpan(
              IndicatorType.ofId(required(s, "indicator")),
              s.path("start").asInt(-1),
              s.path("end").asInt(-1));
      if (s.has("words")
          && !text.substring(span.start(), span.end()).equals(s.get("words").asString())) {
        throw new CorpusFormatException("span words do not match the text at " + span.start());
      }
      spans.add(span);
    }
    return new CorpusItem(
        required(node, "id"),
        "transcript".equals(node.path("kind").asString())
            ? CorpusItem.Kind.TRANSCRIPT
            : CorpusItem.Kind.EXCERPT,
        CorpusItem.Label.ofId(required(node, "case")),
        IndicatorType.ofId(required(node, "focus")),
        node.path("pattern").asString(""),
        node.path("note").asString(""),
        text,
        spans);
  }

  private static String required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isString()) {
      throw new CorpusFormatException("field '" + field + "' is required (a string)");
    }
    return v.asString();
  }
}
