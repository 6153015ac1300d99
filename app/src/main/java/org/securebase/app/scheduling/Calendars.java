package org.securebase.app.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.scheduling.Availability;
import org.securebase.core.scheduling.OpeningHours;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A clinician's calendar: their zone, weekly hours, absences and planned breaks, and the private
 * feed token. Only the clinician edits their own calendar.
 */
@Component
public class Calendars {

  static final String CALENDAR = "clinician_calendar";

  /** The zone a calendar starts in until its clinician sets theirs. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

  private final CalendarRepository calendars;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate separately;
  private final SchedulingText text;
  private final SecureRandom random = new SecureRandom();

  Calendars(
      CalendarRepository calendars,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions,
      SchedulingText text) {
    this.calendars = calendars;
    this.audit = audit;
    this.clock = clock;
    this.text = text;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The calendar page's data: zone, hours, absences. */
  public record CalendarView(
      ZoneId zone,
      List<OpeningHours> hours,
      List<CalendarRepository.StoredAbsence> absences,
      boolean feedActive) {}

  /**
   * Makes sure the clinician has a calendar row, in its own transaction: the row is what bookings
   * lock, and two first bookings at once must not fail on each other's insert.
   */
  void ensure(UUID clinicianId) {
    if (calendars.calendar(clinicianId).isPresent()) {
      return;
    }
    try {
      separately.executeWithoutResult(
          s -> calendars.insertCalendar(clinicianId, DEFAULT_ZONE, clock.instant()));
    } catch (DuplicateKeyException alreadyMade) {
      // Another request made it a moment ago.
    }
  }

  @Transactional
  public CalendarView view(SignedInUser clinician) {
    requireClinician(clinician);
    ensure(clinician.id());
    CalendarRepository.CalendarRow row = calendars.calendar(clinician.id()).orElseThrow();
    return new CalendarView(
        row.zone(),
        calendars.hours(clinician.id()),
        calendars.absences(clinician.id()),
        row.feedTokenHash() != null);
  }

  /** Replaces the weekly hours and zone. */
  @Transactional
  public void setHours(SignedInUser clinician, String zoneId, List<OpeningHours> hours) {
    requireClinician(clinician);
    ZoneId zone = zone(zoneId, "timeZone");
    ensure(clinician.id());
    CalendarRepository.CalendarRow row = calendars.lockCalendar(clinician.id()).orElseThrow();
    calendars.updateZone(clinician.id(), zone, row.version(), clock.instant());
    calendars.replaceHours(clinician.id(), hours);
    audit.record("UPDATE", CALENDAR, clinician.id());
  }

  /** Adds an absence; a planned break carries whom the clients contact meanwhile. */
  @Transactional
  public void addAbsence(
      SignedInUser clinician,
      LocalDate first,
      LocalDate last,
      boolean plannedBreak,
      String contactMeanwhile) {
    requireClinician(clinician);
    if (first == null) {
      throw new BadInputException("firstDay", text.get("scheduling.error.firstDay"));
    }
    if (last == null || last.isBefore(first)) {
      throw new BadInputException("lastDay", text.get("scheduling.error.lastDay"));
    }
    String contact =
        contactMeanwhile == null || contactMeanwhile.isBlank() ? null : contactMeanwhile.strip();
    if (contact != null && contact.length() > 300) {
      throw new BadInputException("contactMeanwhile", text.get("scheduling.error.contactLength"));
    }
    ensure(clinician.id());
    UUID id = UUID.randomUUID();
    calendars.insertAbsence(
        new CalendarRepository.StoredAbsence(
            id, clinician.id(), first, last, plannedBreak, contact),
        clock.instant());
    audit.record("CREATE", "calendar_absence", id);
  }

  @Transactional
  public void removeAbsence(SignedInUser clinician, UUID id) {
    requireClinician(clinician);
    if (!calendars.deleteAbsence(clinician.id(), id)) {
      throw new RecordNotFoundException("calendar_absence", id);
    }
    audit.record("DELETE", "calendar_absence", id);
  }

  /** Planned breaks of a clinician from a date on, for their clients to see. */
  @Transactional(readOnly = true)
  public List<CalendarRepository.StoredAbsence> plannedBreaks(UUID clinicianId, LocalDate from) {
    List<CalendarRepository.StoredAbsence> breaks = new ArrayList<>();
    for (var a : calendars.absences(clinicianId)) {
      if (a.plannedBreak() && !a.lastDay().isBefore(from)) {
        breaks.add(a);
      }
    }
    return breaks;
  }

  /** True before anyone has booked anything: demo seeding runs only then. */
  @Transactional(readOnly = true)
  public boolean noAppointmentsYet() {
    return calendars.noAppointmentsYet();
  }

  /** Weekday hours from {@code from} to {@code to}, Monday to Friday. */
  public static List<OpeningHours> mondayToFriday(
      java.time.LocalTime from, java.time.LocalTime to) {
    return weekdays(from, to);
  }

  Optional<Availability> availability(UUID clinicianId) {
    return calendars.availability(clinicianId);
  }

  /** A new feed token, shown once; its hash replaces any earlier one (which stops working). */
  @Transactional
  public String newFeedToken(SignedInUser clinician) {
    requireClinician(clinician);
    ensure(clinician.id());
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    calendars.setFeedTokenHash(clinician.id(), hash(token), clock.instant());
    audit.record("UPDATE", CALENDAR, clinician.id() + "/feed");
    return token;
  }

  @Transactional
  public void revokeFeed(SignedInUser clinician) {
    requireClinician(clinician);
    ensure(clinician.id());
    calendars.setFeedTokenHash(clinician.id(), null, clock.instant());
    audit.record("UPDATE", CALENDAR, clinician.id() + "/feed-revoked");
  }

  Optional<CalendarRepository.CalendarRow> byFeedToken(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return calendars.calendarByFeed(hash(token));
  }

  static List<OpeningHours> weekdays(java.time.LocalTime from, java.time.LocalTime to) {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
      hours.add(new OpeningHours(d, from, to));
    }
    return hours;
  }

  ZoneId zone(String zoneId, String field) {
    if (zoneId == null || zoneId.isBlank() || !ZoneId.getAvailableZoneIds().contains(zoneId)) {
      throw new BadInputException(field, text.get("scheduling.error.timeZone"));
    }
    return ZoneId.of(zoneId);
  }

  private void requireClinician(SignedInUser user) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied("UPDATE", CALENDAR, user.id());
      throw new RecordNotFoundException(CALENDAR, user.id());
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
