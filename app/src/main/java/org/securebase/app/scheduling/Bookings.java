package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.AppointmentType;
import org.securebase.core.scheduling.Availability;
import org.securebase.core.scheduling.Booking;
import org.securebase.core.scheduling.Series;
import org.securebase.core.scheduling.SlotCheck;
import org.securebase.core.scheduling.TimeSpan;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Places appointments on a calendar so that no two ever overlap. The calendar row is locked first
 * (SELECT ... FOR UPDATE), so bookings of one calendar are checked one after the other on every
 * database and every server; on PostgreSQL an exclusion constraint (migration V13_2) backs the
 * check, so even a path that forgot the lock could not store an overlap. Every occurrence of a
 * series is checked, not the first few. Callers hold the transaction.
 */
@Component
class Bookings {

  private final Calendars calendars;
  private final CalendarRepository calendarRows;
  private final AppointmentRepository appointments;
  private final AuditLog audit;
  private final Clock clock;
  private final SchedulingText text;

  Bookings(
      Calendars calendars,
      CalendarRepository calendarRows,
      AppointmentRepository appointments,
      AuditLog audit,
      Clock clock,
      SchedulingText text) {
    this.calendars = calendars;
    this.calendarRows = calendarRows;
    this.appointments = appointments;
    this.audit = audit;
    this.clock = clock;
    this.text = text;
  }

  /** What to place: whose calendar, for which client, which occurrences, booked by whom. */
  record Placement(
      UUID calendarOf,
      UUID bookedBy,
      UUID clientId,
      AppointmentType type,
      ZoneId zone,
      Series series,
      SlotCheck.BookedBy by,
      String telehealthLink) {}

  AppointmentType type(String code, Integer durationMinutes) {
    if (code == null || code.isBlank()) {
      throw new BadInputException("type", text.get("scheduling.error.type"));
    }
    AppointmentType type =
        calendarRows
            .type(code.strip().toUpperCase(java.util.Locale.ROOT))
            .orElseThrow(() -> new BadInputException("type", text.get("scheduling.error.type")));
    if (durationMinutes == null) {
      return type;
    }
    if (durationMinutes < 5 || durationMinutes > 480) {
      throw new BadInputException("durationMinutes", text.get("scheduling.error.duration"));
    }
    return type.lasting(Duration.ofMinutes(durationMinutes));
  }

  /** The local start in the zone; a time skipped by a daylight-saving change is refused. */
  ZonedDateTime start(LocalDateTime local, ZoneId zone) {
    if (local == null) {
      throw new BadInputException("start", text.get("scheduling.error.start"));
    }
    try {
      ZonedDateTime z = ZonedDateTime.ofStrict(local, zone.getRules().getOffset(local), zone);
      return z;
    } catch (DateTimeException skipped) {
      throw new BadInputException("start", text.get("scheduling.error.startSkipped", local));
    }
  }

  /**
   * Places every occurrence, or none. A clash on any occurrence refuses the whole booking with all
   * clashes named; an occurrence on a day off (a planned break) is left out of a clinician's series
   * and reported; any other problem is bad input naming the start.
   */
  List<Appointment> place(Placement p) {
    calendars.ensure(p.calendarOf());
    calendarRows.lockCalendar(p.calendarOf()).orElseThrow();
    Availability availability = calendars.availability(p.calendarOf()).orElseThrow();
    List<TimeSpan> occurrences = p.series().occurrences();
    Instant from = occurrences.get(0).start().minus(Duration.ofDays(1));
    Instant to = occurrences.get(occurrences.size() - 1).end().plus(Duration.ofDays(1));
    List<Booking> busy = new ArrayList<>();
    List<Appointment> existing = appointments.ofCalendar(p.calendarOf(), from, to);
    for (Appointment a : existing) {
      if (a.status().holdsTime()) {
        AppointmentType t = calendarRows.type(a.typeCode()).orElse(p.type());
        busy.add(Booking.of(a.id().toString(), a.span(), t));
      }
    }
    Instant now = clock.instant();
    List<SlotCheck.Outcome> outcomes =
        SlotCheck.checkSeries(p.series(), p.type(), availability, busy, now, p.by());
    List<BookingConflictException.Clash> clashes = new ArrayList<>();
    for (SlotCheck.Outcome o : outcomes) {
      for (Booking b : o.clashes()) {
        clashes.add(
            new BookingConflictException.Clash(
                o.span().start(), o.span().end(), b.span().start(), b.span().end()));
      }
    }
    if (!clashes.isEmpty()) {
      audit.record("CONFLICT", AppointmentRepository.TABLE, "calendar:" + p.calendarOf());
      throw new BookingConflictException(text.get("scheduling.error.conflict"), clashes);
    }
    List<TimeSpan> toBook = new ArrayList<>();
    for (SlotCheck.Outcome o : outcomes) {
      List<SlotCheck.Problem> problems = o.problems();
      boolean skippable =
          problems.equals(List.of(SlotCheck.Problem.DAY_OFF))
              && p.by() == SlotCheck.BookedBy.CLINICIAN
              && outcomes.size() > 1;
      if (problems.isEmpty()) {
        toBook.add(o.span());
      } else if (!skippable) {
        LocalDateTime local = LocalDateTime.ofInstant(o.span().start(), p.zone());
        throw new BadInputException(
            "start", text.get("scheduling.problem." + problems.get(0).name(), local));
      }
    }
    if (toBook.isEmpty()) {
      throw new BadInputException(
          "start", text.get("scheduling.problem.DAY_OFF", p.series().firstStart()));
    }
    return insert(p, toBook, now);
  }

  private List<Appointment> insert(Placement p, List<TimeSpan> spans, Instant now) {
    UUID seriesId = null;
    if (spans.size() > 1 || p.series().count() > 1) {
      seriesId = UUID.randomUUID();
      appointments.insertSeries(
          seriesId,
          p.calendarOf(),
          p.clientId(),
          p.series().rrule(),
          p.series().firstStart(),
          p.zone(),
          now);
    }
    List<Appointment> placed = new ArrayList<>();
    int index = 0;
    for (TimeSpan span : spans) {
      UUID id = UUID.randomUUID();
      Appointment a =
          new Appointment(
              id,
              p.calendarOf(),
              p.bookedBy(),
              p.clientId(),
              p.type().code(),
              span.start(),
              span.end(),
              p.zone(),
              AppointmentStatus.SCHEDULED,
              seriesId,
              seriesId == null ? null : index++,
              id + "@securebase",
              0,
              null,
              p.by() == SlotCheck.BookedBy.CLIENT,
              false,
              false,
              0);
      try {
        appointments.insert(a, p.telehealthLink(), now);
      } catch (DataIntegrityViolationException overlap) {
        // The PostgreSQL exclusion constraint: another server stored an overlap first.
        throw new BookingConflictException(
            text.get("scheduling.error.conflict"),
            List.of(
                new BookingConflictException.Clash(
                    span.start(), span.end(), span.start(), span.end())));
      }
      audit.record("CREATE", AppointmentRepository.TABLE, id);
      placed.add(a);
    }
    return placed;
  }
}
