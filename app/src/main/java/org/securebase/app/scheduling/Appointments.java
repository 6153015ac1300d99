package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.AppointmentType;
import org.securebase.core.scheduling.Series;
import org.securebase.core.scheduling.SlotCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments as a clinician books and keeps them: single bookings and weekly or fortnightly
 * series, cancellations (one occurrence or the rest of a series), attended and no-show. Only the
 * clinician whose calendar holds an appointment, or who booked it, reaches it; anyone else gets a
 * 404. Every read and write is audited.
 */
@Component
public class Appointments {

  static final String TABLE = AppointmentRepository.TABLE;

  private final AppointmentRepository appointments;
  private final Bookings bookings;
  private final Calendars calendars;
  private final Caseload caseload;
  private final SessionLink sessions;
  private final AuditLog audit;
  private final Clock clock;
  private final SchedulingText text;

  Appointments(
      AppointmentRepository appointments,
      Bookings bookings,
      Calendars calendars,
      Caseload caseload,
      SessionLink sessions,
      AuditLog audit,
      Clock clock,
      SchedulingText text) {
    this.appointments = appointments;
    this.bookings = bookings;
    this.calendars = calendars;
    this.caseload = caseload;
    this.sessions = sessions;
    this.audit = audit;
    this.clock = clock;
    this.text = text;
  }

  /**
   * A booking as the API and the pages send it. {@code weeks} and {@code intervalWeeks} are for a
   * series; {@code interviewerId} names another clinician who gives an AAI.
   */
  public record BookingRequest(
      UUID clientId,
      LocalDateTime start,
      String timeZone,
      Integer durationMinutes,
      String type,
      Integer weeks,
      Integer intervalWeeks,
      UUID interviewerId,
      String telehealthLink) {}

  @Transactional
  public List<Appointment> book(BookingRequest r, SignedInUser clinician, boolean series) {
    requireClinician(clinician, "CREATE");
    if (r.clientId() == null) {
      throw new BadInputException("clientId", text.get("scheduling.error.clientId"));
    }
    Client client = caseload.read(r.clientId(), clinician);
    ZoneId zone = calendars.zone(r.timeZone(), "timeZone");
    AppointmentType type = bookings.type(r.type(), r.durationMinutes());
    ZonedDateTime start = bookings.start(r.start(), zone);
    int weeks = 1;
    int interval = 1;
    if (series) {
      if (r.weeks() == null || r.weeks() < 1 || r.weeks() > Series.MAX_COUNT) {
        throw new BadInputException("weeks", text.get("scheduling.error.weeks", Series.MAX_COUNT));
      }
      weeks = r.weeks();
      interval = r.intervalWeeks() == null ? 1 : r.intervalWeeks();
      if (interval < 1 || interval > 4) {
        throw new BadInputException("intervalWeeks", text.get("scheduling.error.interval"));
      }
    }
    UUID calendarOf = clinician.id();
    if (r.interviewerId() != null && !r.interviewerId().equals(clinician.id())) {
      if (!type.separateInterviewer()) {
        throw new BadInputException("interviewerId", text.get("scheduling.error.interviewerType"));
      }
      if (calendars.availability(r.interviewerId()).isEmpty()) {
        throw new BadInputException("interviewerId", text.get("scheduling.error.interviewer"));
      }
      calendarOf = r.interviewerId();
    }
    String link = telehealth(r.telehealthLink());
    return bookings.place(
        new Bookings.Placement(
            calendarOf,
            clinician.id(),
            client.id(),
            type,
            zone,
            new Series(start.toLocalDateTime(), zone, type.length(), weeks, interval),
            SlotCheck.BookedBy.CLINICIAN,
            link));
  }

  /** The clinician's appointments (held or booked by them) from one local date to another. */
  @Transactional
  public List<Appointment> between(SignedInUser clinician, LocalDate from, LocalDate to) {
    requireClinician(clinician, "LIST");
    if (from == null) {
      throw new BadInputException("from", text.get("scheduling.error.from"));
    }
    if (to == null || to.isBefore(from) || to.isAfter(from.plusYears(2))) {
      throw new BadInputException("to", text.get("scheduling.error.to"));
    }
    calendars.ensure(clinician.id());
    ZoneId zone = calendars.availability(clinician.id()).orElseThrow().zone();
    audit.record("LIST", TABLE, "calendar:" + clinician.id());
    return appointments.ofClinician(
        clinician.id(),
        from.atStartOfDay(zone).toInstant(),
        to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** One appointment, if this clinician holds or booked it. */
  @Transactional
  public Appointment read(UUID id, SignedInUser clinician) {
    Appointment a = visible(id, clinician, "READ");
    audit.record("READ", TABLE, id);
    return a;
  }

  /**
   * The clinician cancels: this occurrence, or with {@code rest} every later scheduled occurrence
   * of its series too. Each cancelled invitation gets a higher SEQUENCE and a notice to the client.
   */
  @Transactional
  public List<Appointment> cancelByClinician(UUID id, boolean rest, SignedInUser clinician) {
    Appointment a = visible(id, clinician, "UPDATE");
    List<Appointment> targets =
        rest && a.seriesId() != null
            ? appointments.ofSeries(a.seriesId()).stream()
                .filter(o -> !o.start().isBefore(a.start()))
                .toList()
            : List.of(a);
    Instant now = clock.instant();
    for (Appointment t : targets) {
      if (t.status() != AppointmentStatus.SCHEDULED) {
        continue;
      }
      if (!appointments.changeStatus(
          t.id(), t.version(), AppointmentStatus.CLINICIAN_CANCELLED, now)) {
        throw new StaleEditException(TABLE, t.id());
      }
      appointments.insertNotice(t.clientId(), "CANCELLED_BY_CLINICIAN", t.id(), now);
      audit.record("CANCEL", TABLE, t.id());
    }
    return targets.stream().map(t -> appointments.find(t.id()).orElseThrow()).toList();
  }

  /**
   * Records what happened: attended (which creates or links the session record and its number), or
   * no-show (which asks the clinician to reach out; it never charges or scolds).
   */
  @Transactional
  public Appointment record(UUID id, AppointmentStatus status, SignedInUser clinician) {
    Appointment a = visible(id, clinician, "UPDATE");
    if (status != AppointmentStatus.ATTENDED && status != AppointmentStatus.NO_SHOW) {
      throw new BadInputException("status", text.get("scheduling.error.status"));
    }
    if (a.status() != AppointmentStatus.SCHEDULED) {
      throw new StaleEditException(TABLE, id);
    }
    if (a.start().isAfter(clock.instant())) {
      throw new BadInputException("status", text.get("scheduling.error.notYet"));
    }
    if (!appointments.changeStatus(id, a.version(), status, clock.instant())) {
      throw new StaleEditException(TABLE, id);
    }
    if (status == AppointmentStatus.ATTENDED && !"AAI".equals(a.typeCode())) {
      sessions.linkOrCreate(a, clinician).ifPresent(s -> appointments.linkSession(id, s));
    }
    audit.record("UPDATE", TABLE, id + "/" + status.name());
    return appointments.find(id).orElseThrow();
  }

  /** The no-show has been followed up: the prompt to reach out is done. */
  @Transactional
  public void reachedOut(UUID id, SignedInUser clinician) {
    Appointment a = visible(id, clinician, "UPDATE");
    if (a.status() == AppointmentStatus.NO_SHOW) {
      appointments.markReachedOut(id);
      audit.record("UPDATE", TABLE, id + "/reached-out");
    }
  }

  /** A client's appointments for their clinician's pages (404 unless on the caseload). */
  @Transactional
  public List<Appointment> ofClient(UUID clientId, SignedInUser clinician) {
    requireClinician(clinician, "LIST");
    caseload.read(clientId, clinician);
    audit.record("LIST", TABLE, "client:" + clientId);
    return appointments.ofClient(clientId);
  }

  Appointment visible(UUID id, SignedInUser clinician, String action) {
    requireClinician(clinician, action);
    Appointment a = appointments.find(id).orElseThrow(() -> new RecordNotFoundException(TABLE, id));
    if (!a.clinicianId().equals(clinician.id()) && !a.bookedBy().equals(clinician.id())) {
      audit.denied(action, TABLE, id);
      throw new RecordNotFoundException(TABLE, id);
    }
    return a;
  }

  private void requireClinician(SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, TABLE, user.id());
      throw new RecordNotFoundException(TABLE, user.id());
    }
  }

  private String telehealth(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String s = link.strip();
    if (s.length() > 500 || !s.startsWith("https://") || s.contains(" ")) {
      throw new BadInputException("telehealthLink", text.get("scheduling.error.telehealth"));
    }
    return s;
  }
}
