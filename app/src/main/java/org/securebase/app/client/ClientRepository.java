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
          + " c.referral_note, c.version FROM client c JOIN account a ON a.id = c.clinician_id";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  ClientRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  Optional<Client> findById(UUID id) {
    return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(this::map).optional();
  }

  List<Client> findByClinician(UUID clinicianId) {
    return jdbc.sql(SELECT + " WHERE c.clinician_id = :cl ORDER BY c.display_name")
        .param("cl", clinicianId)
        .query(this::mapWithoutNote)
        .list();
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
        rs.getInt("version"));
  }

  private Client mapWithoutNote(ResultSet rs, int rowNum) throws SQLException {
    return new Client(
        rs.getObject("id", UUID.class),
        rs.getString("display_name"),
        rs.getObject("clinician_id", UUID.class),
        rs.getString("clinician_name"),
        rs.getObject("start_date", LocalDate.class),
        null,
        rs.getInt("version"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
