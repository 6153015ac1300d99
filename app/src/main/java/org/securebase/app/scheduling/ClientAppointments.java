package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.securebase.core.scheduling.Availability;
import org.securebase.core.scheduling.Booking;
import org.securebase.core.scheduling.FreeSlots;
import org.securebase.core.scheduling.Series;
import org.securebase.core.scheduling.SlotCheck;
import org.securebase.core.scheduling.TimeSpan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of scheduling: their upcoming appointments, free times to request, cancelling
 * within the practice's window (later is marked late, never charged here), asking to reschedule,
 * invitations, planned breaks with whom to contact meanwhile, and reminder notices. A client
 * reaches only their own appointments; another's is a 404.
 */
@Component
public class ClientAppointments {

  static final String TABLE = AppointmentRepository.TABLE;

  private final AppointmentRepository appointments;
  private final CalendarRepository calendarRows;
  private final Calendars calendars;
  private final Bookings bookings;
  private final Caseload caseload;
  private final Invitations invitations;
  private final AuditLog audit;
  private final Clock clock;
  private final SchedulingText text;
  private final Duration cancelWindow;
  private final Duration linkShownBefore;

  ClientAppointments(
      AppointmentRepository appointments,
      CalendarRepository calendarRows,
      Calendars calendars,
      Bookings bookings,
      Caseload caseload,
      Invitations invitations,
      AuditLog audit,
      Clock clock,
      SchedulingText text,
      @Value("${securebase.scheduling.cancel-window-hours:24}") int cancelWindowHours,
      @Value("${securebase.scheduling.link-shown-minutes-before:15}") int linkMinutes) {
    this.appointments = appointments;
    this.calendarRows = calendarRows;
    this.calendars = calendars;
    this.bookings = bookings;
    this.caseload = caseload;
    this.invitations = invitations;
    this.audit = audit;
    this.clock = clock;
    this.text = text;
    this.cancelWindow = Duration.ofHours(cancelWindowHours);
    this.linkShownBefore = Duration.ofMinutes(linkMinutes);
  }

  /** One upcoming appointment as the client sees it. */
  public record Upcoming(
      Appointment appointment,
      String typeLabel,
      boolean cancellableInTime,
      Optional<String> telehealthLink) {}

  /** A planned break of the clinician, with whom to contact meanwhile. */
  public record Break(LocalDate firstDay, LocalDate lastDay, String contactMeanwhile) {}

  /** A notice to the client: its message code and the appointment's local start. */
  public record NoticeView(String code, java.time.LocalDateTime appointmentStart) {}

  /** What the client's appointments page shows. */
  public record Portal(
      Client client,
      List<Upcoming> upcoming,
      List<Break> breaks,
      List<NoticeView> notices,
      Optional<String> reminderEmail,
      int cancelWindowHours) {}

  @Transactional
  public Portal portal(SignedInUser client) {
    Client c = own(client);
    Instant now = clock.instant();
    List<Upcoming> upcoming = new ArrayList<>();
    for (Appointment a : appointments.ofClient(c.id())) {
      if (a.status() == AppointmentStatus.SCHEDULED && a.end().isAfter(now)) {
        boolean near = !now.isBefore(a.start().minus(linkShownBefore));
        upcoming.add(
            new Upcoming(
                a,
                text.typeLabel(a.typeCode()),
                now.plus(cancelWindow).isBefore(a.start()),
                near ? appointments.telehealthLink(a.id()) : Optional.empty()));
      }
    }
    List<Break> breaks =
        calendars.plannedBreaks(c.clinicianId(), LocalDate.ofInstant(now, zoneOf(c))).stream()
            .map(b -> new Break(b.firstDay(), b.lastDay(), b.contactMeanwhile()))
            .toList();
    audit.record("LIST", TABLE, "client:" + c.id());
    return new Portal(
        c,
        upcoming,
        breaks,
        notices(c.id()),
        appointments.reminderEmail(c.id()),
        (int) cancelWindow.toHours());
  }

  private List<NoticeView> notices(UUID clientId) {
    List<NoticeView> views = new ArrayList<>();
    for (AppointmentRepository.Notice n : appointments.notices(clientId, 5)) {
      if (n.appointmentId() != null) {
        appointments
            .find(n.appointmentId())
            .ifPresent(
                a ->
                    views.add(
                        new NoticeView("scheduling.notice.kind." + n.kind(), a.localStart())));
      }
    }
    return views;
  }

  /** Free times of the client's clinician to request, over the next {@code days} days. */
  @Transactional(readOnly = true)
  public List<ZonedDateTime> freeSlots(SignedInUser client, int days) {
    Client c = own(client);
    Optional<Availability> availability = calendars.availability(c.clinicianId());
    if (availability.isEmpty()) {
      return List.of();
    }
    AppointmentType type = clientType();
    Instant now = clock.instant();
    ZoneId zone = availability.get().zone();
    LocalDate first = LocalDate.ofInstant(now, zone);
    LocalDate last = first.plusDays(Math.min(days, type.horizon().toDays()));
    List<Booking> busy =
        busy(c.clinicianId(), now, last.plusDays(1).atStartOfDay(zone).toInstant());
    return FreeSlots.between(
            first, last, type, availability.get(), busy, now, Duration.ofMinutes(60))
        .stream()
        .map(s -> s.start().atZone(zone))
        .toList();
  }

  /** The client asks for a free time; it is booked at once when still free. */
  @Transactional
  public Appointment request(SignedInUser client, Instant start) {
    Client c = own(client);
    if (start == null) {
      throw new BadInputException("start", text.get("scheduling.error.start"));
    }
    calendars.ensure(c.clinicianId());
    ZoneId zone = calendars.availability(c.clinicianId()).orElseThrow().zone();
    AppointmentType type = clientType();
    Appointment a =
        bookings
            .place(
                new Bookings.Placement(
                    c.clinicianId(),
                    c.clinicianId(),
                    c.id(),
                    type,
                    zone,
                    new Series(start.atZone(zone).toLocalDateTime(), zone, type.length(), 1, 1),
                    SlotCheck.BookedBy.CLIENT,
                    null))
            .get(0);
    appointments.insertNotice(c.id(), "BOOKED", a.id(), clock.instant());
    return a;
  }

  /** The client cancels; inside the practice's window it is marked late (nothing is charged). */
  @Transactional
  public Appointment cancel(SignedInUser client, UUID id) {
    Appointment a = ownAppointment(client, id, "UPDATE");
    if (a.status() != AppointmentStatus.SCHEDULED || !a.start().isAfter(clock.instant())) {
      throw new StaleEditException(TABLE, id);
    }
    AppointmentStatus status =
        clock.instant().plus(cancelWindow).isBefore(a.start())
            ? AppointmentStatus.CANCELLED
            : AppointmentStatus.LATE_CANCELLED;
    if (!appointments.changeStatus(id, a.version(), status, clock.instant())) {
      throw new StaleEditException(TABLE, id);
    }
    audit.record("CANCEL", TABLE, id);
    return appointments.find(id).orElseThrow();
  }

  @Transactional
  public void askToReschedule(SignedInUser client, UUID id) {
    Appointment a = ownAppointment(client, id, "UPDATE");
    if (a.status() != AppointmentStatus.SCHEDULED
        || !appointments.markRescheduleRequested(id, a.version())) {
      throw new StaleEditException(TABLE, id);
    }
    audit.record("UPDATE", TABLE, id + "/reschedule-asked");
  }

  @Transactional
  public void setReminderEmail(SignedInUser client, String email) {
    Client c = own(client);
    String e = email == null || email.isBlank() ? null : email.strip();
    if (e != null && (e.length() > 254 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new BadInputException("email", text.get("scheduling.error.email"));
    }
    appointments.saveReminderEmail(c.id(), e, clock.instant());
    audit.record("UPDATE", "reminder_contact", c.id());
  }

  /** The invitation of one of the client's own appointments. */
  @Transactional
  public String invitation(SignedInUser client, UUID id) {
    Appointment a = ownAppointment(client, id, "READ");
    audit.record("EXPORT", TABLE, id + "/ics");
    return invitations.of(a, own(client).clinicianName());
  }

  /** The invitation as the clinician would send it. */
  @Transactional
  public String invitationForClinician(UUID id, SignedInUser clinician) {
    Appointment a = appointmentFor(clinician, id);
    audit.record("EXPORT", TABLE, id + "/ics");
    return invitations.of(a, clinician.displayName());
  }

  /** The private feed of a calendar by its token, or empty when the token is unknown or revoked. */
  @Transactional
  public Optional<String> feed(String token) {
    return calendars
        .byFeedToken(token)
        .map(
            row -> {
              Instant now = clock.instant();
              audit.recordAs("feed", "SYSTEM", "EXPORT", TABLE, "feed:" + row.clinicianId(), "OK");
              return invitations.feed(
                  appointments.ofCalendar(
                      row.clinicianId(),
                      now.minus(Duration.ofDays(30)),
                      now.plus(Duration.ofDays(400))));
            });
  }

  private Appointment appointmentFor(SignedInUser clinician, UUID id) {
    Appointment a = appointments.find(id).orElseThrow(() -> new RecordNotFoundException(TABLE, id));
    if (clinician.role() != Role.CLINICIAN
        || (!a.clinicianId().equals(clinician.id()) && !a.bookedBy().equals(clinician.id()))) {
      audit.denied("READ", TABLE, id);
      throw new RecordNotFoundException(TABLE, id);
    }
    return a;
  }

  private List<Booking> busy(UUID clinicianId, Instant from, Instant to) {
    List<Booking> busy = new ArrayList<>();
    for (Appointment a : appointments.ofCalendar(clinicianId, from.minus(Duration.ofDays(1)), to)) {
      if (a.status().holdsTime()) {
        busy.add(
            Booking.of(
                a.id().toString(),
                new TimeSpan(a.start(), a.end()),
                calendarRows.type(a.typeCode()).orElse(AppointmentType.INDIVIDUAL)));
      }
    }
    return busy;
  }

  private AppointmentType clientType() {
    return calendarRows.type(AppointmentType.INDIVIDUAL.code()).orElse(AppointmentType.INDIVIDUAL);
  }

  private ZoneId zoneOf(Client c) {
    return calendars
        .availability(c.clinicianId())
        .map(Availability::zone)
        .orElse(Calendars.DEFAULT_ZONE);
  }

  private Client own(SignedInUser client) {
    if (client.role() != Role.CLIENT || client.clientId() == null) {
      audit.denied("READ", TABLE, "client-portal");
      throw new RecordNotFoundException(TABLE, client.id());
    }
    return caseload.read(client.clientId(), client);
  }

  private Appointment ownAppointment(SignedInUser client, UUID id, String action) {
    Client c = own(client);
    Appointment a = appointments.find(id).orElseThrow(() -> new RecordNotFoundException(TABLE, id));
    if (!a.clientId().equals(c.id())) {
      audit.denied(action, TABLE, id);
      throw new RecordNotFoundException(TABLE, id);
    }
    return a;
  }
}
