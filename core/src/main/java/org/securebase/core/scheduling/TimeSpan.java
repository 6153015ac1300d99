package org.securebase.core.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)} on the global time line. Two spans that merely
 * touch (one ends when the other starts) do not overlap, so back-to-back appointments are allowed.
 * Immutable and thread-safe.
 */
public record TimeSpan(Instant start, Instant end) implements Comparable<TimeSpan> {

  public TimeSpan {
    if (start == null || end == null) {
      throw new IllegalArgumentException("a time span needs a start and an end");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a time span must end after it starts: " + start);
    }
  }

  public static TimeSpan of(Instant start, Duration length) {
    return new TimeSpan(start, start.plus(length));
  }

  public boolean overlaps(TimeSpan other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(TimeSpan other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** This span widened by the given buffers on either side. */
  public TimeSpan widened(Duration before, Duration after) {
    return new TimeSpan(start.minus(before), end.plus(after));
  }

  @Override
  public int compareTo(TimeSpan o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }
}
