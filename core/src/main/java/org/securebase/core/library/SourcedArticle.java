package org.securebase.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short article written one sentence per line, each line ending in its evidence mark: {@code [3]}
 * or {@code [3, 5]} for numbered sources, {@code [editorial]} for the team's own voice.
 *
 * <pre>
 * # Title
 * A sentence. [5]
 * Another sentence on the same paragraph. [editorial]
 *
 * ## A subheading
 * A new paragraph. [3, 18]
 * </pre>
 *
 * A blank line starts a new paragraph. Parsing never throws for an unmarked sentence: it keeps the
 * sentence and reports it in {@link #problems(Set)}, so a test can list every problem at once.
 * Immutable.
 *
 * @param slug the article's address, from its file name
 * @param title the title (the {@code #} line)
 * @param blocks headings and paragraphs in order
 */
public record SourcedArticle(String slug, String title, List<Block> blocks) {

  private static final Pattern MARK =
      Pattern.compile("^(.*?)\\s*\\[((?:editorial|\\d+)(?:\\s*,\\s*(?:editorial|\\d+))*)\\]\\s*$");

  /** A sentence ending, followed by the start of another sentence on the same line. */
  private static final Pattern TWO_SENTENCES =
      Pattern.compile("[.!?][\"')\\u201d]?\\s+[A-Z\"\\u201c]");

  public SourcedArticle {
    blocks = List.copyOf(blocks);
  }

  /** A heading or a paragraph. */
  public sealed interface Block permits Heading, Paragraph {
    /** True for a subheading, so a template can tell the two apart without a type test. */
    default boolean isHeading() {
      return this instanceof Heading;
    }
  }

  /** A subheading. */
  public record Heading(String text) implements Block {}

  /** A paragraph of sentences. */
  public record Paragraph(List<Sentence> sentences) implements Block {
    public Paragraph {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * One sentence and its evidence.
   *
   * @param line line number in the source file (1-based)
   * @param text the sentence
   * @param sources numbered sources, empty for editorial or unmarked sentences
   * @param editorial true when marked (also) as the team's own voice
   */
  public record Sentence(int line, String text, List<Integer> sources, boolean editorial) {
    public Sentence {
      sources = List.copyOf(sources);
    }

    public boolean marked() {
      return editorial || !sources.isEmpty();
    }
  }

  /** Reads an article. */
  public static SourcedArticle parse(String slug, String text) {
    String title = slug;
    List<Block> blocks = new ArrayList<>();
    List<Sentence> paragraph = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        flush(paragraph, blocks);
      } else if (line.startsWith("## ")) {
        flush(paragraph, blocks);
        blocks.add(new Heading(line.substring(3).strip()));
      } else if (line.startsWith("# ")) {
        title = line.substring(2).strip();
      } else {
        paragraph.add(sentence(i + 1, line));
      }
    }
    flush(paragraph, blocks);
    return new SourcedArticle(slug, title, blocks);
  }

  private static Sentence sentence(int lineNumber, String line) {
    Matcher m = MARK.matcher(line);
    if (!m.matches()) {
      return new Sentence(lineNumber, line, List.of(), false);
    }
    List<Integer> sources = new ArrayList<>();
    boolean editorial = false;
    for (String mark : m.group(2).split(",")) {
      if (mark.strip().equals("editorial")) {
        editorial = true;
      } else {
        sources.add(Integer.parseInt(mark.strip()));
      }
    }
    return new Sentence(lineNumber, m.group(1), sources, editorial);
  }

  private static void flush(List<Sentence> paragraph, List<Block> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Paragraph(paragraph));
      paragraph.clear();
    }
  }

  /** Every sentence in order. */
  public List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        all.addAll(p.sentences());
      }
    }
    return all;
  }

  /** The numbered sources the article cites, in ascending order. */
  public Set<Integer> citedSources() {
    Set<Integer> cited = new TreeSet<>();
    sentences().forEach(s -> cited.addAll(s.sources()));
    return cited;
  }

  /**
   * What is wrong with the article, one line per problem: a sentence with neither a source nor an
   * editorial mark, a line holding more than one sentence, a source number not in {@code known}.
   */
  public List<String> problems(Set<Integer> known) {
    List<String> problems = new ArrayList<>();
    for (Sentence s : sentences()) {
      String where = slug + " line " + s.line() + ": ";
      if (!s.marked()) {
        problems.add(where + "no source and no editorial mark: " + s.text());
      }
      if (TWO_SENTENCES.matcher(s.text()).find()) {
        problems.add(where + "more than one sentence on a line: " + s.text());
      }
      for (int n : s.sources()) {
        if (!known.contains(n)) {
          problems.add(where + "source [" + n + "] is not in the evidence library");
        }
      }
    }
    return problems;
  }
}
