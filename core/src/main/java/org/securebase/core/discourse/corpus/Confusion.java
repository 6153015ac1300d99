package org.securebase.core.discourse.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the unmatched spans were instead: for each false positive, the expected indicator whose span
 * it overlaps (or {@code none}); for each false negative, the found indicator that overlaps it (or
 * {@code none}). A high count of (found X, expected Y) says X fires where a coder sees Y; (found X,
 * none) is X firing on words a coder marks as nothing. Immutable.
 *
 * @param cells counts keyed {@code "found -> expected"}, indicator ids or {@code none}
 */
public record Confusion(Map<String, Integer> cells) {

  public static final String NONE = "none";

  public Confusion {
    cells = Map.copyOf(cells);
  }

  static final class Builder {
    private final Map<String, Integer> cells = new TreeMap<>();

    void add(String found, String expected) {
      cells.merge(found + " -> " + expected, 1, Integer::sum);
    }

    Confusion build() {
      return new Confusion(cells);
    }
  }

  /** One cell. */
  public record Cell(String found, String expected, int count) {}

  /** Cells by count, largest first; ties by name. */
  public List<Cell> ranked() {
    List<Cell> out = new ArrayList<>();
    cells.forEach(
        (k, v) -> {
          String[] p = k.split(" -> ");
          out.add(new Cell(p[0], p[1], v));
        });
    out.sort(
        Comparator.comparingInt(Cell::count)
            .reversed()
            .thenComparing(Cell::found)
            .thenComparing(Cell::expected));
    return out;
  }
}
