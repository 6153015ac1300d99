package org.securebase.core.discourse.corpus;

import java.util.ArrayList;
import java.util.List;
import org.securebase.core.discourse.IndicatorType;

/**
 * The authoring form of the corpus: plain text blocks, each headed by one line
 *
 * <pre>
 * ## id | case | focus | pattern
 * &gt; optional note lines saying why the labels are what they are
 * I: the interviewer's words
 * R: the participant's words, with [[indicator_id|marked spans]]
 * </pre>
 *
 * <p>{@code case} is {@code positive}, {@code near_miss} or {@code negative}; {@code focus} an
 * indicator id. Lines before the first header are comments. A block ends at the next header; blank
 * lines at its end are dropped. Items in a file whose name starts with {@code transcripts} are
 * transcripts, all others excerpts. The markup is read by {@link CorpusMarkup}. Stateless.
 */
final class CorpusSource {

  private CorpusSource() {}

  static List<CorpusItem> parse(String fileName, String content) {
    CorpusItem.Kind kind =
        fileName.startsWith("transcripts") ? CorpusItem.Kind.TRANSCRIPT : CorpusItem.Kind.EXCERPT;
    List<CorpusItem> items = new ArrayList<>();
    String[] lines = content.replace("\r\n", "\n").split("\n", -1);
    int n = 0;
    while (n < lines.length && !lines[n].startsWith("## ")) {
      n++;
    }
    while (n < lines.length) {
      int header = n;
      StringBuilder note = new StringBuilder();
      StringBuilder body = new StringBuilder();
      n++;
      while (n < lines.length && lines[n].startsWith("> ")) {
        note.append(note.isEmpty() ? "" : " ").append(lines[n].substring(2).strip());
        n++;
      }
      while (n < lines.length && !lines[n].startsWith("## ")) {
        body.append(lines[n]).append('\n');
        n++;
      }
      try {
        items.add(item(kind, lines[header], note.toString(), body.toString().strip()));
      } catch (CorpusFormatException e) {
        throw new CorpusFormatException(fileName + " line " + (header + 1) + ": " + e.getMessage());
      }
    }
    return items;
  }

  private static CorpusItem item(CorpusItem.Kind kind, String header, String note, String body) {
    String[] fields = header.substring(3).split("\\|");
    if (fields.length < 3) {
      throw new CorpusFormatException("header needs 'id | case | focus | pattern'");
    }
    String id = fields[0].strip();
    IndicatorType focus;
    try {
      focus = IndicatorType.ofId(fields[2].strip());
    } catch (IllegalArgumentException e) {
      throw new CorpusFormatException(id + ": unknown focus indicator '" + fields[2].strip() + "'");
    }
    if (body.isEmpty()) {
      throw new CorpusFormatException(id + ": no text");
    }
    CorpusMarkup.Marked marked;
    try {
      marked = CorpusMarkup.parse(body);
    } catch (CorpusFormatException e) {
      throw new CorpusFormatException(id + ": " + e.getMessage());
    }
    return new CorpusItem(
        id,
        kind,
        CorpusItem.Label.ofId(fields[1].strip()),
        focus,
        fields.length > 3 ? fields[3].strip() : "",
        note,
        marked.text(),
        marked.spans());
  }
}
