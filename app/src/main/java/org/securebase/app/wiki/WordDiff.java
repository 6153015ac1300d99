package org.securebase.app.wiki;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between the current sentence and a suggested one (java-diff-utils, Myers'
 * algorithm), as segments a template shows with {@code <del>} and {@code <ins>}, escaped as text.
 */
public final class WordDiff {

  private WordDiff() {}

  /** How a segment changed. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words. */
  public record Segment(Change change, String text) {
    public boolean removed() {
      return change == Change.REMOVED;
    }

    public boolean added() {
      return change == Change.ADDED;
    }
  }

  public static List<Segment> of(String before, String after) {
    List<String> a = words(before == null ? "" : before);
    List<String> b = words(after == null ? "" : after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(out, Change.SAME, a.subList(at, start));
      add(out, Change.REMOVED, delta.getSource().getLines());
      add(out, Change.ADDED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(out, Change.SAME, a.subList(at, a.size()));
    return out;
  }

  private static void add(List<Segment> out, Change change, List<String> words) {
    if (!words.isEmpty()) {
      out.add(new Segment(change, String.join(" ", words)));
    }
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }
}
