package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.AppointmentType;
import org.securebase.core.scheduling.Availability;
import org.securebase.core.scheduling.Booking;
import org.securebase.core.scheduling.SlotCheck;
import org.securebase.core.scheduling.TimeSpan;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one occurrence of a series, or it and every later scheduled occurrence ("the rest of the
 * series"), to a new time. The rest moves by the same wall-clock shift as the chosen occurrence
 * (two days later and an hour earlier, say), so each keeps its local time across a daylight-saving
 * change. Every moved occurrence is checked as a new booking is, against the calendar without the
 * occurrences being moved: hours, days off and clashes; one clash refuses the whole move with every
 * clash named. Each move raises the invitation's SEQUENCE and leaves the client a notice.
 */
@Component
class AppointmentMoves {

  private final Appointments appointments;
  private final AppointmentRepository rows;
  private final Bookings bookings;
  private final Calendars calendars;
  private final CalendarRepository calendarRows;
  private final AuditLog audit;
  private final Clock clock;
  private final SchedulingText text;

  AppointmentMoves(
      Appointments appointments,
      AppointmentRepository rows,
      Bookings bookings,
      Calendars calendars,
      CalendarRepository calendarRows,
      AuditLog audit,
      Clock clock,
      SchedulingText text) {
    this.appointments = appointments;
    this.rows = rows;
    this.bookings = bookings;
    this.calendars = calendars;
    this.calendarRows = calendarRows;
    this.audit = audit;
    this.clock = clock;
    this.text = text;
  }

  /** One occurrence and where it goes. */
  private record Move(Appointment from, TimeSpan to) {}

  @Transactional
  List<Appointment> move(UUID id, LocalDateTime newStart, boolean rest, SignedInUser clinician) {
    Appointment chosen = appointments.visible(id, clinician, "UPDATE");
    if (chosen.status() != AppointmentStatus.SCHEDULED) {
      throw new BadInputException("start", text.get("scheduling.error.moveStatus"));
    }
    Instant now = clock.instant();
    ZonedDateTime first = bookings.start(newStart, chosen.zone());
    if (first.toInstant().isBefore(now)) {
      throw new BadInputException(
          "start", text.get("scheduling.problem.IN_THE_PAST", first.toLocalDateTime()));
    }
    calendarRows.lockCalendar(chosen.clinicianId()).orElseThrow();
    List<Appointment> targets =
        rest && chosen.seriesId() != null
            ? rows.ofSeries(chosen.seriesId()).stream()
                .filter(o -> o.status() == AppointmentStatus.SCHEDULED)
                .filter(o -> !o.start().isBefore(chosen.start()))
                .toList()
            : List.of(rows.find(id).orElseThrow());
    long shift = ChronoUnit.MINUTES.between(chosen.localStart(), newStart);
    List<Move> moves = new ArrayList<>();
    for (Appointment t : targets) {
      ZonedDateTime start = bookings.start(t.localStart().plusMinutes(shift), t.zone());
      moves.add(new Move(t, TimeSpan.of(start.toInstant(), Duration.between(t.start(), t.end()))));
    }
    check(chosen, moves, now);
    // Moving later, the last goes first (and earlier, the first), so no moment ever holds two
    // rows of one calendar at once: the PostgreSQL exclusion constraint checks every update.
    if (shift > 0) {
      Collections.reverse(moves);
    }
    for (Move m : moves) {
      store(m, now);
    }
    return targets.stream().map(t -> rows.find(t.id()).orElseThrow()).toList();
  }

  private void check(Appointment chosen, List<Move> moves, Instant now) {
    Availability availability = calendars.availability(chosen.clinicianId()).orElseThrow();
    Set<UUID> moving = new HashSet<>();
    moves.forEach(m -> moving.add(m.from().id()));
    Instant from = moves.get(0).to().start().minus(Duration.ofDays(1));
    Instant to = moves.get(moves.size() - 1).to().end().plus(Duration.ofDays(1));
    List<Booking> busy = new ArrayList<>();
    for (Appointment a : rows.ofCalendar(chosen.clinicianId(), from, to)) {
      if (a.status().holdsTime() && !moving.contains(a.id())) {
        AppointmentType t = calendarRows.type(a.typeCode()).orElseThrow();
        busy.add(Booking.of(a.id().toString(), a.span(), t));
      }
    }
    AppointmentType type = calendarRows.type(chosen.typeCode()).orElseThrow();
    List<BookingConflictException.Clash> clashes = new ArrayList<>();
    for (Move m : moves) {
      AppointmentType own = type.lasting(Duration.between(m.to().start(), m.to().end()));
      SlotCheck.Outcome o =
          SlotCheck.check(m.to(), own, availability, busy, now, SlotCheck.BookedBy.CLINICIAN);
      for (Booking b : o.clashes()) {
        clashes.add(
            new BookingConflictException.Clash(
                m.to().start(), m.to().end(), b.span().start(), b.span().end()));
      }
      List<SlotCheck.Problem> others =
          o.problems().stream().filter(p -> p != SlotCheck.Problem.CLASH).toList();
      if (!others.isEmpty()) {
        LocalDateTime local = LocalDateTime.ofInstant(m.to().start(), chosen.zone());
        throw new BadInputException(
            "start", text.get("scheduling.problem." + others.get(0).name(), local));
      }
    }
    if (!clashes.isEmpty()) {
      audit.record("CONFLICT", AppointmentRepository.TABLE, "calendar:" + chosen.clinicianId());
      throw new BookingConflictException(text.get("scheduling.error.moveConflict"), clashes);
    }
  }

  private void store(Move m, Instant now) {
    Appointment a = m.from();
    boolean moved;
    try {
      moved = rows.move(a.id(), a.version(), m.to().start(), m.to().end());
    } catch (DataIntegrityViolationException overlap) {
      // The PostgreSQL exclusion constraint: another server booked the time first.
      throw new BookingConflictException(
          text.get("scheduling.error.moveConflict"),
          List.of(
              new BookingConflictException.Clash(
                  m.to().start(), m.to().end(), m.to().start(), m.to().end())));
    }
    if (!moved) {
      throw new StaleEditException(AppointmentRepository.TABLE, a.id());
    }
    rows.insertNotice(a.clientId(), "MOVED", a.id(), now);
    audit.record("UPDATE", AppointmentRepository.TABLE, a.id() + "/moved");
  }
}
