package org.securebase.app.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.scheduling.AppointmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointment, series, reminder, notice and reminder-contact rows. */
@Repository
class AppointmentRepository {

  static final String TABLE = "appointment";
  private static final String COLUMNS =
      "id, clinician_id, booked_by, client_id, type_code, starts_at, ends_at, time_zone, status,"
          + " series_id, series_index, ical_uid, ical_sequence, session_id, requested_by_client,"
          + " reschedule_requested, reach_out_done, version";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM appointment";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  AppointmentRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  Optional<Appointment> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
  }

  /** Appointments on a calendar overlapping [from, to), every status, in order. */
  List<Appointment> ofCalendar(UUID clinicianId, Instant from, Instant to) {
    return jdbc.sql(
            SELECT
                + " WHERE clinician_id = :c AND starts_at < :to AND ends_at > :from"
                + " ORDER BY starts_at")
        .param("c", clinicianId)
        .param("from", CalendarRepository.utc(from))
        .param("to", CalendarRepository.utc(to))
        .query(this::map)
        .list();
  }

  /** Appointments booked by or held by this clinician, overlapping [from, to). */
  List<Appointment> ofClinician(UUID clinicianId, Instant from, Instant to) {
    return jdbc.sql(
            SELECT
                + " WHERE (clinician_id = :c OR booked_by = :c) AND starts_at < :to"
                + " AND ends_at > :from ORDER BY starts_at")
        .param("c", clinicianId)
        .param("from", CalendarRepository.utc(from))
        .param("to", CalendarRepository.utc(to))
        .query(this::map)
        .list();
  }

  List<Appointment> ofClient(UUID clientId) {
    return jdbc.sql(SELECT + " WHERE client_id = :c ORDER BY starts_at")
        .param("c", clientId)
        .query(this::map)
        .list();
  }

  List<Appointment> ofSeries(UUID seriesId) {
    return jdbc.sql(SELECT + " WHERE series_id = :s ORDER BY starts_at")
        .param("s", seriesId)
        .query(this::map)
        .list();
  }

  /** Scheduled appointments starting in [from, to), for reminders. */
  List<Appointment> scheduledStarting(Instant from, Instant to) {
    return jdbc.sql(
            SELECT
                + " WHERE status = 'SCHEDULED' AND starts_at >= :from AND starts_at < :to"
                + " ORDER BY starts_at")
        .param("from", CalendarRepository.utc(from))
        .param("to", CalendarRepository.utc(to))
        .query(this::map)
        .list();
  }

  void insert(Appointment a, String telehealthLink, Instant now) {
    jdbc.sql(
            "INSERT INTO appointment ("
                + COLUMNS
                + ", telehealth_link, status_changed_at, created_at) VALUES (:id, :c, :by, :client,"
                + " :type, :s, :e, :z, :status, :series, :idx, :uid, :seq, :session, :req, :resch,"
                + " :reach, 0, :link, :now, :now)")
        .param("id", a.id())
        .param("c", a.clinicianId())
        .param("by", a.bookedBy())
        .param("client", a.clientId())
        .param("type", a.typeCode())
        .param("s", CalendarRepository.utc(a.start()))
        .param("e", CalendarRepository.utc(a.end()))
        .param("z", a.zone().getId())
        .param("status", a.status().name())
        .param("series", a.seriesId())
        .param("idx", a.seriesIndex())
        .param("uid", a.icalUid())
        .param("seq", a.icalSequence())
        .param("session", a.sessionId())
        .param("req", a.requestedByClient())
        .param("resch", a.rescheduleRequested())
        .param("reach", a.reachOutDone())
        .param(
            "link",
            telehealthLink == null
                ? null
                : cipher.encrypt(telehealthLink, TABLE, "telehealth_link", a.id()))
        .param("now", CalendarRepository.utc(now))
        .update();
  }

  /**
   * Changes the status when the stored version matches; each change of what the client was sent
   * raises the iCalendar SEQUENCE (RFC 5546 section 2.1.4).
   */
  boolean changeStatus(UUID id, int version, AppointmentStatus status, Instant now) {
    return jdbc.sql(
                "UPDATE appointment SET status = :s, ical_sequence = ical_sequence + 1,"
                    + " version = version + 1, status_changed_at = :now"
                    + " WHERE id = :id AND version = :v")
            .param("id", id)
            .param("v", version)
            .param("s", status.name())
            .param("now", CalendarRepository.utc(now))
            .update()
        == 1;
  }

  /**
   * Moves a scheduled appointment when the stored version matches: a new time is a change of the
   * invitation, so its SEQUENCE rises; a client's request to move it is answered by the move.
   */
  boolean move(UUID id, int version, Instant start, Instant end) {
    return jdbc.sql(
                "UPDATE appointment SET starts_at = :start, ends_at = :end,"
                    + " ical_sequence = ical_sequence + 1, version = version + 1,"
                    + " reschedule_requested = FALSE"
                    + " WHERE id = :id AND version = :v AND status = 'SCHEDULED'")
            .param("id", id)
            .param("v", version)
            .param("start", CalendarRepository.utc(start))
            .param("end", CalendarRepository.utc(end))
            .update()
        == 1;
  }

  boolean linkSession(UUID id, UUID sessionId) {
    return jdbc.sql("UPDATE appointment SET session_id = :s WHERE id = :id")
            .param("id", id)
            .param("s", sessionId)
            .update()
        == 1;
  }

  boolean markRescheduleRequested(UUID id, int version) {
    return jdbc.sql(
                "UPDATE appointment SET reschedule_requested = TRUE, version = version + 1"
                    + " WHERE id = :id AND version = :v")
            .param("id", id)
            .param("v", version)
            .update()
        == 1;
  }

  boolean markReachedOut(UUID id) {
    return jdbc.sql("UPDATE appointment SET reach_out_done = TRUE WHERE id = :id")
            .param("id", id)
            .update()
        == 1;
  }

  Optional<String> telehealthLink(UUID id) {
    return jdbc.sql("SELECT telehealth_link FROM appointment WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .filter(b -> b != null)
        .map(b -> cipher.decrypt(b, TABLE, "telehealth_link", id));
  }

  void insertSeries(
      UUID id,
      UUID clinicianId,
      UUID clientId,
      String rrule,
      LocalDateTime first,
      ZoneId zone,
      Instant now) {
    jdbc.sql(
            "INSERT INTO appointment_series (id, clinician_id, client_id, rrule, first_start,"
                + " time_zone, created_at) VALUES (:id, :c, :client, :r, :f, :z, :now)")
        .param("id", id)
        .param("c", clinicianId)
        .param("client", clientId)
        .param("r", rrule)
        .param("f", first)
        .param("z", zone.getId())
        .param("now", CalendarRepository.utc(now))
        .update();
  }

  // ---- reminders and notices

  /** Records a reminder; false when it was already recorded (another run, another server). */
  boolean claimReminder(UUID appointmentId, int sequence, boolean byMail, Instant now) {
    return jdbc.sql(
                "INSERT INTO appointment_reminder (appointment_id, ical_sequence, sent_at, by_mail)"
                    + " SELECT :a, :s, :now, :m WHERE NOT EXISTS (SELECT 1 FROM"
                    + " appointment_reminder WHERE appointment_id = :a AND ical_sequence = :s)")
            .param("a", appointmentId)
            .param("s", sequence)
            .param("now", CalendarRepository.utc(now))
            .param("m", byMail)
            .update()
        == 1;
  }

  int remindersSent(UUID appointmentId) {
    return jdbc.sql("SELECT COUNT(*) FROM appointment_reminder WHERE appointment_id = :a")
        .param("a", appointmentId)
        .query(Integer.class)
        .single();
  }

  void insertNotice(UUID clientId, String kind, UUID appointmentId, Instant now) {
    jdbc.sql(
            "INSERT INTO schedule_notice (id, client_id, kind, appointment_id, created_at, seen)"
                + " VALUES (:id, :c, :k, :a, :now, FALSE)")
        .param("id", UUID.randomUUID())
        .param("c", clientId)
        .param("k", kind)
        .param("a", appointmentId)
        .param("now", CalendarRepository.utc(now))
        .update();
  }

  /** A client's notices, newest first: kind and appointment. */
  record Notice(UUID id, String kind, UUID appointmentId, Instant createdAt) {}

  List<Notice> notices(UUID clientId, int limit) {
    return jdbc.sql(
            "SELECT id, kind, appointment_id, created_at FROM schedule_notice WHERE client_id = :c"
                + " ORDER BY created_at DESC LIMIT :n")
        .param("c", clientId)
        .param("n", limit)
        .query(
            (rs, n) ->
                new Notice(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    rs.getObject("appointment_id", UUID.class),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  Optional<String> reminderEmail(UUID clientId) {
    return jdbc.sql("SELECT email FROM reminder_contact WHERE client_id = :c")
        .param("c", clientId)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .map(b -> cipher.decrypt(b, "reminder_contact", "email", clientId));
  }

  void saveReminderEmail(UUID clientId, String email, Instant now) {
    jdbc.sql("DELETE FROM reminder_contact WHERE client_id = :c").param("c", clientId).update();
    if (email != null) {
      jdbc.sql("INSERT INTO reminder_contact (client_id, email, updated_at) VALUES (:c, :e, :now)")
          .param("c", clientId)
          .param("e", cipher.encrypt(email, "reminder_contact", "email", clientId))
          .param("now", CalendarRepository.utc(now))
          .update();
    }
  }

  private Appointment map(ResultSet rs, int n) throws SQLException {
    return new Appointment(
        rs.getObject("id", UUID.class),
        rs.getObject("clinician_id", UUID.class),
        rs.getObject("booked_by", UUID.class),
        rs.getObject("client_id", UUID.class),
        rs.getString("type_code"),
        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
        ZoneId.of(rs.getString("time_zone")),
        AppointmentStatus.valueOf(rs.getString("status")),
        rs.getObject("series_id", UUID.class),
        (Integer) rs.getObject("series_index"),
        rs.getString("ical_uid"),
        rs.getInt("ical_sequence"),
        rs.getObject("session_id", UUID.class),
        rs.getBoolean("requested_by_client"),
        rs.getBoolean("reschedule_requested"),
        rs.getBoolean("reach_out_done"),
        rs.getInt("version"));
  }
}
