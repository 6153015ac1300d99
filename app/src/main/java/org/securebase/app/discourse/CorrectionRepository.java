package org.securebase.app.discourse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.core.discourse.IndicatorType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections and reviews; words and notes are encrypted, bound to table, column and row. */
@Repository
class CorrectionRepository {

  static final String TABLE = "discourse_correction";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  CorrectionRepository(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  void insert(Correction c, UUID coderId) {
    jdbc.sql(
            """
            INSERT INTO discourse_correction (id, transcript_id, coder_id, kind, indicator,
              span_start, span_end, turn_index, words, note, analyzer_version, lexicon_version,
              created_at)
            VALUES (:id, :transcript, :coder, :kind, :indicator, :start, :end, :turn, :words,
              :note, :analyzer, :lexicon, :at)
            """)
        .param("id", c.id())
        .param("transcript", c.transcriptId())
        .param("coder", coderId)
        .param("kind", c.kind().name())
        .param("indicator", c.indicator().id())
        .param("start", c.start())
        .param("end", c.end())
        .param("turn", c.turnIndex())
        .param("words", cipher.encrypt(c.words(), TABLE, "words", c.id()))
        .param("note", c.note() == null ? null : cipher.encrypt(c.note(), TABLE, "note", c.id()))
        .param("analyzer", c.analyzerVersion())
        .param("lexicon", c.lexiconVersion())
        .param("at", Timestamp.from(c.createdAt()))
        .update();
  }

  /** One coder's corrections of one transcript, in text order; never another coder's. */
  List<Correction> mine(UUID transcriptId, UUID coderId) {
    return jdbc.sql(
            """
            SELECT id, transcript_id, kind, indicator, span_start, span_end, turn_index, words,
              note, analyzer_version, lexicon_version, created_at
            FROM discourse_correction WHERE transcript_id = :t AND coder_id = :c
            ORDER BY span_start, created_at
            """)
        .param("t", transcriptId)
        .param("c", coderId)
        .query(this::correction)
        .list();
  }

  /** The transcripts one coder has corrected. */
  List<UUID> transcriptsCorrectedBy(UUID coderId) {
    return jdbc.sql(
            "SELECT transcript_id FROM discourse_review WHERE coder_id = :c ORDER BY created_at")
        .param("c", coderId)
        .query(UUID.class)
        .list();
  }

  boolean reviewed(UUID transcriptId, UUID coderId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM discourse_review WHERE transcript_id = :t AND coder_id = :c")
            .param("t", transcriptId)
            .param("c", coderId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insertReview(
      UUID transcriptId, UUID coderId, String analyzer, String lexicon, String marks, Instant at) {
    jdbc.sql(
            """
            INSERT INTO discourse_review (transcript_id, coder_id, analyzer_version,
              lexicon_version, marks, created_at)
            VALUES (:t, :c, :analyzer, :lexicon, :marks, :at)
            """)
        .param("t", transcriptId)
        .param("c", coderId)
        .param("analyzer", analyzer)
        .param("lexicon", lexicon)
        .param("marks", marks)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Counts for the lab report: every review with its marks and its coder's corrections. */
  record ReviewCounts(
      Map<IndicatorType, Integer> marks,
      Map<IndicatorType, Integer> wrong,
      Map<IndicatorType, Integer> missed) {}

  List<ReviewCounts> allReviews() {
    List<String[]> reviews =
        jdbc.sql("SELECT transcript_id, coder_id, marks FROM discourse_review")
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .list();
    Map<String, Map<String, int[]>> counts = correctionCounts();
    return reviews.stream()
        .map(
            r -> {
              Map<String, int[]> c = counts.getOrDefault(r[0] + "/" + r[1], Map.of());
              return new ReviewCounts(parseMarks(r[2]), byType(c, 0), byType(c, 1));
            })
        .toList();
  }

  private Map<String, Map<String, int[]>> correctionCounts() {
    Map<String, Map<String, int[]>> out = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT transcript_id, coder_id, indicator, kind, COUNT(*) FROM discourse_correction"
                + " GROUP BY transcript_id, coder_id, indicator, kind")
        .query(
            (ResultSet rs) -> {
              String key = rs.getString(1) + "/" + rs.getString(2);
              int[] n =
                  out.computeIfAbsent(key, k -> new java.util.HashMap<>())
                      .computeIfAbsent(rs.getString(3), k -> new int[2]);
              n["WRONG".equals(rs.getString(4)) ? 0 : 1] += rs.getInt(5);
            });
    return out;
  }

  private static Map<IndicatorType, Integer> byType(Map<String, int[]> c, int index) {
    Map<IndicatorType, Integer> out = new EnumMap<>(IndicatorType.class);
    c.forEach((id, n) -> out.put(IndicatorType.ofId(id), n[index]));
    return out;
  }

  static String formatMarks(Map<IndicatorType, Integer> marks) {
    StringBuilder b = new StringBuilder();
    marks.forEach(
        (type, n) -> b.append(b.isEmpty() ? "" : ",").append(type.id()).append('=').append(n));
    return b.toString();
  }

  static Map<IndicatorType, Integer> parseMarks(String s) {
    Map<IndicatorType, Integer> out = new EnumMap<>(IndicatorType.class);
    if (s == null || s.isBlank()) {
      return out;
    }
    for (String pair : s.split(",")) {
      String[] kv = pair.split("=");
      out.put(IndicatorType.ofId(kv[0]), Integer.parseInt(kv[1]));
    }
    return out;
  }

  private Correction correction(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    byte[] note = rs.getBytes("note");
    return new Correction(
        id,
        rs.getObject("transcript_id", UUID.class),
        Correction.Kind.valueOf(rs.getString("kind")),
        IndicatorType.ofId(rs.getString("indicator")),
        rs.getInt("span_start"),
        rs.getInt("span_end"),
        rs.getInt("turn_index"),
        cipher.decrypt(rs.getBytes("words"), TABLE, "words", id),
        note == null ? null : cipher.decryptInList(note, TABLE, "note", id),
        rs.getString("analyzer_version"),
        rs.getString("lexicon_version"),
        rs.getTimestamp("created_at").toInstant());
  }
}
