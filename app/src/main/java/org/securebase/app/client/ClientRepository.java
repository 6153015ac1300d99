package org.securebase.app.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Client rows; the referral note is encrypted on the way in and decrypted on the way out. */
@Repository
class ClientRepository {

  private static final String SELECT =
      "SELECT c.id, c.display_name, c.clinician_id, a.display_name AS clinician_name, c.start_date,"
          + " c.referral_note, c.version, c.discharged_on FROM client c JOIN account a ON a.id = c.clinician_id";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  ClientRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  Optional<Client> findById(UUID id) {
    return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(this::map).optional();
  }

  /** The clinician's active clients (not discharged), by name. */
  List<Client> findByClinician(UUID clinicianId) {
    return findByClinician(clinicianId, false, "");
  }

  /**
   * The clinician's active or discharged clients whose name (a pseudonym) contains {@code query},
   * ignoring case; an empty query matches every client.
   */
  List<Client> findByClinician(UUID clinicianId, boolean discharged, String query) {
    String like =
        "%"
            + query
                .toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_")
            + "%";
    return jdbc.sql(
            SELECT
                + " WHERE c.clinician_id = :cl AND c.discharged_on IS "
                + (discharged ? "NOT NULL" : "NULL")
                + " AND LOWER(c.display_name) LIKE :q ESCAPE '!' ORDER BY c.display_name")
        .param("cl", clinicianId)
        .param("q", like)
        .query(this::mapWithoutNote)
        .list();
  }

  /** Sets or clears (with null) the discharge date; false when the version is not current. */
  boolean setDischarged(UUID id, LocalDate on, int version, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE client SET discharged_on = :on, version = version + 1, updated_at = :now"
                    + " WHERE id = :id AND version = :version")
            .param("id", id)
            .param("on", on)
            .param("version", version)
            .param("now", now)
            .update()
        == 1;
  }

  /** Every client's pseudonym and clinician, without clinical content, for linking accounts. */
  List<Client> findAllWithoutNotes() {
    return jdbc.sql(SELECT + " ORDER BY c.display_name").query(this::mapWithoutNote).list();
  }

  void insert(UUID id, UUID clinicianId, ClientForm form) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO client (id, display_name, clinician_id, start_date, referral_note, version,
              created_at, updated_at)
            VALUES (:id, :name, :clinician, :start, :note, 0, :now, :now)
            """)
        .param("id", id)
        .param("name", form.getDisplayName())
        .param("clinician", clinicianId)
        .param("start", form.getStartDate())
        .param(
            "note",
            cipher.encrypt(blankToNull(form.getReferralNote()), "client", "referral_note", id))
        .param("now", now)
        .update();
  }

  /** Updates when the stored version is still {@code form.version}; false when it is not. */
  boolean update(UUID id, ClientForm form) {
    return jdbc.sql(
                """
                UPDATE client SET display_name = :name, start_date = :start, referral_note = :note,
                  version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("name", form.getDisplayName())
            .param("start", form.getStartDate())
            .param(
                "note",
                cipher.encrypt(blankToNull(form.getReferralNote()), "client", "referral_note", id))
            .param("now", OffsetDateTime.now(ZoneOffset.UTC))
            .param("version", form.getVersion())
            .update()
        == 1;
  }

  private Client map(ResultSet rs, int rowNum) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Client(
        id,
        rs.getString("display_name"),
        rs.getObject("clinician_id", UUID.class),
        rs.getString("clinician_name"),
        rs.getObject("start_date", LocalDate.class),
        cipher.decrypt(rs.getBytes("referral_note"), "client", "referral_note", id),
        rs.getInt("version"),
        rs.getObject("discharged_on", LocalDate.class));
  }

  private Client mapWithoutNote(ResultSet rs, int rowNum) throws SQLException {
    return new Client(
        rs.getObject("id", UUID.class),
        rs.getString("display_name"),
        rs.getObject("clinician_id", UUID.class),
        rs.getString("clinician_name"),
        rs.getObject("start_date", LocalDate.class),
        null,
        rs.getInt("version"),
        rs.getObject("discharged_on", LocalDate.class));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
