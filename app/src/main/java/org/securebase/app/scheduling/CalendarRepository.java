package org.securebase.app.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.core.scheduling.Absence;
import org.securebase.core.scheduling.AppointmentType;
import org.securebase.core.scheduling.Availability;
import org.securebase.core.scheduling.DayChange;
import org.securebase.core.scheduling.OpeningHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendars: the clinician's zone, weekly hours, changed days, absences and appointment types. */
@Repository
class CalendarRepository {

  private final JdbcClient jdbc;

  CalendarRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A planned break or other absence as stored. */
  record StoredAbsence(
      UUID id,
      UUID clinicianId,
      LocalDate firstDay,
      LocalDate lastDay,
      boolean plannedBreak,
      String contactMeanwhile) {
    Absence absence() {
      return new Absence(firstDay, lastDay);
    }
  }

  record CalendarRow(UUID clinicianId, ZoneId zone, String feedTokenHash, int version) {}

  Optional<CalendarRow> calendar(UUID clinicianId) {
    return jdbc.sql(
            "SELECT clinician_id, time_zone, feed_token_hash, version FROM clinician_calendar"
                + " WHERE clinician_id = :c")
        .param("c", clinicianId)
        .query(CalendarRepository::calendarRow)
        .optional();
  }

  /** Locks the calendar row until the transaction ends: bookings on it are serialized. */
  Optional<CalendarRow> lockCalendar(UUID clinicianId) {
    return jdbc.sql(
            "SELECT clinician_id, time_zone, feed_token_hash, version FROM clinician_calendar"
                + " WHERE clinician_id = :c FOR UPDATE")
        .param("c", clinicianId)
        .query(CalendarRepository::calendarRow)
        .optional();
  }

  Optional<CalendarRow> calendarByFeed(String tokenHash) {
    return jdbc.sql(
            "SELECT clinician_id, time_zone, feed_token_hash, version FROM clinician_calendar"
                + " WHERE feed_token_hash = :h")
        .param("h", tokenHash)
        .query(CalendarRepository::calendarRow)
        .optional();
  }

  private static CalendarRow calendarRow(ResultSet rs, int n) throws SQLException {
    return new CalendarRow(
        rs.getObject("clinician_id", UUID.class),
        ZoneId.of(rs.getString("time_zone")),
        rs.getString("feed_token_hash"),
        rs.getInt("version"));
  }

  void insertCalendar(UUID clinicianId, ZoneId zone, Instant now) {
    jdbc.sql(
            "INSERT INTO clinician_calendar (clinician_id, time_zone, feed_token_hash, version,"
                + " updated_at) VALUES (:c, :z, NULL, 0, :now)")
        .param("c", clinicianId)
        .param("z", zone.getId())
        .param("now", utc(now))
        .update();
  }

  boolean updateZone(UUID clinicianId, ZoneId zone, int version, Instant now) {
    return jdbc.sql(
                "UPDATE clinician_calendar SET time_zone = :z, version = version + 1,"
                    + " updated_at = :now WHERE clinician_id = :c AND version = :v")
            .param("c", clinicianId)
            .param("z", zone.getId())
            .param("v", version)
            .param("now", utc(now))
            .update()
        == 1;
  }

  void setFeedTokenHash(UUID clinicianId, String hash, Instant now) {
    jdbc.sql(
            "UPDATE clinician_calendar SET feed_token_hash = :h, updated_at = :now"
                + " WHERE clinician_id = :c")
        .param("c", clinicianId)
        .param("h", hash)
        .param("now", utc(now))
        .update();
  }

  List<OpeningHours> hours(UUID clinicianId) {
    return jdbc.sql(
            "SELECT day_of_week, starts_at, ends_at FROM calendar_hours WHERE clinician_id = :c"
                + " ORDER BY day_of_week, starts_at")
        .param("c", clinicianId)
        .query(
            (rs, n) ->
                new OpeningHours(
                    DayOfWeek.of(rs.getInt("day_of_week")),
                    rs.getObject("starts_at", LocalTime.class),
                    rs.getObject("ends_at", LocalTime.class)))
        .list();
  }

  void replaceHours(UUID clinicianId, List<OpeningHours> hours) {
    jdbc.sql("DELETE FROM calendar_hours WHERE clinician_id = :c").param("c", clinicianId).update();
    for (OpeningHours h : hours) {
      jdbc.sql(
              "INSERT INTO calendar_hours (id, clinician_id, day_of_week, starts_at, ends_at)"
                  + " VALUES (:id, :c, :d, :f, :t)")
          .param("id", UUID.randomUUID())
          .param("c", clinicianId)
          .param("d", h.day().getValue())
          .param("f", h.from())
          .param("t", h.to())
          .update();
    }
  }

  List<DayChange> changes(UUID clinicianId) {
    return jdbc.sql(
            "SELECT on_date, starts_at, ends_at FROM calendar_change WHERE clinician_id = :c"
                + " ORDER BY on_date, starts_at")
        .param("c", clinicianId)
        .query(
            (rs, n) ->
                new DayChange(
                    rs.getObject("on_date", LocalDate.class),
                    rs.getObject("starts_at", LocalTime.class),
                    rs.getObject("ends_at", LocalTime.class)))
        .list();
  }

  void insertChange(UUID clinicianId, DayChange change) {
    jdbc.sql(
            "INSERT INTO calendar_change (id, clinician_id, on_date, starts_at, ends_at)"
                + " VALUES (:id, :c, :d, :f, :t)")
        .param("id", UUID.randomUUID())
        .param("c", clinicianId)
        .param("d", change.date())
        .param("f", change.from())
        .param("t", change.to())
        .update();
  }

  List<StoredAbsence> absences(UUID clinicianId) {
    return jdbc.sql(
            "SELECT id, clinician_id, first_day, last_day, planned_break, contact_meanwhile"
                + " FROM calendar_absence WHERE clinician_id = :c ORDER BY first_day")
        .param("c", clinicianId)
        .query(
            (rs, n) ->
                new StoredAbsence(
                    rs.getObject("id", UUID.class),
                    rs.getObject("clinician_id", UUID.class),
                    rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class),
                    rs.getBoolean("planned_break"),
                    rs.getString("contact_meanwhile")))
        .list();
  }

  void insertAbsence(StoredAbsence a, Instant now) {
    jdbc.sql(
            "INSERT INTO calendar_absence (id, clinician_id, first_day, last_day, planned_break,"
                + " contact_meanwhile, created_at) VALUES (:id, :c, :f, :l, :p, :m, :now)")
        .param("id", a.id())
        .param("c", a.clinicianId())
        .param("f", a.firstDay())
        .param("l", a.lastDay())
        .param("p", a.plannedBreak())
        .param("m", a.contactMeanwhile())
        .param("now", utc(now))
        .update();
  }

  boolean deleteAbsence(UUID clinicianId, UUID id) {
    return jdbc.sql("DELETE FROM calendar_absence WHERE id = :id AND clinician_id = :c")
            .param("id", id)
            .param("c", clinicianId)
            .update()
        == 1;
  }

  /** The clinician's availability as the core reads it. */
  Optional<Availability> availability(UUID clinicianId) {
    return calendar(clinicianId)
        .map(
            c ->
                new Availability(
                    c.zone(),
                    hours(clinicianId),
                    changes(clinicianId),
                    absences(clinicianId).stream().map(StoredAbsence::absence).toList()));
  }

  List<AppointmentType> types() {
    return jdbc.sql(
            "SELECT code, minutes, buffer_before, buffer_after, notice_hours, horizon_days,"
                + " separate_interviewer FROM appointment_type ORDER BY minutes, code")
        .query(CalendarRepository::type)
        .list();
  }

  Optional<AppointmentType> type(String code) {
    return jdbc.sql(
            "SELECT code, minutes, buffer_before, buffer_after, notice_hours, horizon_days,"
                + " separate_interviewer FROM appointment_type WHERE code = :c")
        .param("c", code)
        .query(CalendarRepository::type)
        .optional();
  }

  List<String> clientBookableTypes() {
    return jdbc.sql("SELECT code FROM appointment_type WHERE client_bookable = TRUE ORDER BY code")
        .query(String.class)
        .list();
  }

  /** A type as the practice keeps it: the type, its name (null for the three that ship). */
  record TypeRow(AppointmentType type, String label, boolean clientBookable) {}

  List<TypeRow> typeRows() {
    return jdbc.sql(
            "SELECT code, minutes, buffer_before, buffer_after, notice_hours, horizon_days,"
                + " separate_interviewer, label, client_bookable FROM appointment_type"
                + " ORDER BY minutes, code")
        .query(
            (rs, n) ->
                new TypeRow(type(rs, n), rs.getString("label"), rs.getBoolean("client_bookable")))
        .list();
  }

  Optional<String> typeName(String code) {
    return jdbc.sql("SELECT label FROM appointment_type WHERE code = :c AND label IS NOT NULL")
        .param("c", code)
        .query(String.class)
        .optional();
  }

  void insertType(AppointmentType t, boolean clientBookable, String label) {
    jdbc.sql(
            "INSERT INTO appointment_type (code, minutes, buffer_before, buffer_after,"
                + " notice_hours, horizon_days, separate_interviewer, client_bookable, label)"
                + " VALUES (:c, :m, :bb, :ba, :n, :h, :s, :cb, :label)")
        .param("c", t.code())
        .param("m", t.length().toMinutes())
        .param("bb", t.bufferBefore().toMinutes())
        .param("ba", t.bufferAfter().toMinutes())
        .param("n", t.minimumNotice().toHours())
        .param("h", t.horizon().toDays())
        .param("s", t.separateInterviewer())
        .param("cb", clientBookable)
        .param("label", label)
        .update();
  }

  private static AppointmentType type(ResultSet rs, int n) throws SQLException {
    return new AppointmentType(
        rs.getString("code"),
        java.time.Duration.ofMinutes(rs.getInt("minutes")),
        java.time.Duration.ofMinutes(rs.getInt("buffer_before")),
        java.time.Duration.ofMinutes(rs.getInt("buffer_after")),
        java.time.Duration.ofHours(rs.getInt("notice_hours")),
        java.time.Duration.ofDays(rs.getInt("horizon_days")),
        rs.getBoolean("separate_interviewer"));
  }

  boolean noAppointmentsYet() {
    return jdbc.sql("SELECT COUNT(*) FROM appointment").query(Long.class).single() == 0;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
