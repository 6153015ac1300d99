package org.securebase.core.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Recur;

/**
 * A recurring appointment: the first start in wall-clock time of a zone, its length, how many
 * occurrences and every how many weeks (1 weekly, 2 fortnightly). Occurrences are expanded by the
 * iCalendar recurrence rule of RFC 5545 ({@code FREQ=WEEKLY;INTERVAL=n;COUNT=c}) through ical4j,
 * with the start as a zoned date-time: each occurrence keeps the local time of the first, so a
 * 17:00 session stays 17:00 local when the clocks change in March and November (RFC 5545 section
 * 3.3.10: a recurrence on local time follows the local clock). Immutable.
 */
public record Series(
    LocalDateTime firstStart, ZoneId zone, Duration length, int count, int intervalWeeks) {

  /** The longest series one booking may create (two years of weekly sessions). */
  public static final int MAX_COUNT = 104;

  public Series {
    if (firstStart == null || zone == null || length == null) {
      throw new IllegalArgumentException("a series needs a first start, a zone and a length");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("a series has 1 to " + MAX_COUNT + " occurrences");
    }
    if (intervalWeeks < 1 || intervalWeeks > 4) {
      throw new IllegalArgumentException("a series repeats every 1 to 4 weeks");
    }
  }

  /** The rule as written in an iCalendar RRULE property. */
  public String rrule() {
    return "FREQ=WEEKLY;INTERVAL=" + intervalWeeks + ";COUNT=" + count;
  }

  /** Every occurrence's start, in the series' zone, in order. */
  public List<ZonedDateTime> starts() {
    ZonedDateTime seed = ZonedDateTime.of(firstStart, zone);
    Recur<ZonedDateTime> recur = new Recur<>(rrule());
    // The window only bounds the expansion; COUNT ends it.
    return List.copyOf(
        recur.getDates(seed, seed, seed.plusWeeks((long) count * intervalWeeks + 1)));
  }

  /** Every occurrence as a span on the time line. */
  public List<TimeSpan> occurrences() {
    List<TimeSpan> spans = new ArrayList<>();
    for (ZonedDateTime start : starts()) {
      spans.add(TimeSpan.of(start.toInstant(), length));
    }
    return spans;
  }
}
