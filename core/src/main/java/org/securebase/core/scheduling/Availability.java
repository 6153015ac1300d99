package org.securebase.core.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When a clinician works: regular weekly hours in wall-clock time of their own zone, one-off
 * changes of single dates, and absences (whole days off, planned breaks). Hours are turned into
 * instants date by date in the clinician's zone, so "09:00" stays 09:00 local on both sides of a
 * daylight-saving change. Immutable and thread-safe.
 *
 * <p>Precedence, most specific first: an absence closes the day; otherwise the date's changes, if
 * any, replace its regular hours; otherwise the regular hours of that weekday apply.
 */
public record Availability(
    ZoneId zone, List<OpeningHours> weekly, List<DayChange> changes, List<Absence> absences) {

  public Availability {
    if (zone == null) {
      throw new IllegalArgumentException("availability needs the clinician's time zone");
    }
    weekly = List.copyOf(weekly);
    changes = List.copyOf(changes);
    absences = List.copyOf(absences);
  }

  public static Availability weekly(ZoneId zone, List<OpeningHours> weekly) {
    return new Availability(zone, weekly, List.of(), List.of());
  }

  public Availability withAbsences(List<Absence> more) {
    List<Absence> all = new ArrayList<>(absences);
    all.addAll(more);
    return new Availability(zone, weekly, changes, all);
  }

  public boolean absentOn(LocalDate day) {
    return absences.stream().anyMatch(a -> a.covers(day));
  }

  /** The working spans of one local date, in order; empty on a day off. */
  public List<TimeSpan> openOn(LocalDate day) {
    if (absentOn(day)) {
      return List.of();
    }
    List<TimeSpan> spans = new ArrayList<>();
    List<DayChange> changed = changes.stream().filter(c -> c.date().equals(day)).toList();
    if (!changed.isEmpty()) {
      changed.forEach(c -> spans.add(span(day, c.from(), c.to())));
    } else {
      weekly.stream()
          .filter(h -> h.day() == day.getDayOfWeek())
          .forEach(h -> spans.add(span(day, h.from(), h.to())));
    }
    Collections.sort(spans);
    return spans;
  }

  /** The working spans from {@code first} to {@code last}, both local dates included. */
  public List<TimeSpan> open(LocalDate first, LocalDate last) {
    List<TimeSpan> spans = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      spans.addAll(openOn(d));
    }
    return spans;
  }

  /** True when the span lies wholly inside one working span. */
  public boolean covers(TimeSpan span) {
    LocalDate day = span.start().atZone(zone).toLocalDate();
    return openOn(day).stream().anyMatch(open -> open.contains(span));
  }

  private TimeSpan span(LocalDate day, LocalTime from, LocalTime to) {
    return new TimeSpan(
        ZonedDateTime.of(day, from, zone).toInstant(), ZonedDateTime.of(day, to, zone).toInstant());
  }
}
