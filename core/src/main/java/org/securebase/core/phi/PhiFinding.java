package org.securebase.core.phi;

/**
 * One identifier found in a text.
 *
 * @param kind what was found
 * @param start offset of its first character in the checked text (UTF-16 index, inclusive)
 * @param end offset just past its last character (exclusive), so {@code text.substring(start, end)}
 *     is the identifying text; callers that must not keep the text keep only the offsets
 * @param replacement the de-identified wording suggested in its place
 */
public record PhiFinding(PhiKind kind, int start, int end, Replacement replacement) {

  public PhiFinding {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  PhiFinding(PhiKind kind, int start, int end) {
    this(kind, start, end, Replacement.forKind(kind));
  }

  boolean contains(PhiFinding other) {
    return start <= other.start && other.end <= end;
  }

  boolean overlaps(PhiFinding other) {
    return start < other.end && other.start < end;
  }
}
