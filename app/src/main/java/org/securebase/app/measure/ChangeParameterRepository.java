package org.securebase.app.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.securebase.core.measure.Reliability;
import org.securebase.core.measure.ScoreSpread;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code measure_change_parameter}: the reliability and spread, with their sources, that a
 * subscale's reliable change is computed from. Plain numbers and citations, nothing encrypted.
 */
@Repository
class ChangeParameterRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  ChangeParameterRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  List<ChangeParameter> parameters() {
    return jdbc.sql(
            "SELECT id, instrument_id, instrument_version, subscale_id, target, reliability_kind,"
                + " reliability_value, reliability_source, sd_value, sd_source, version, entered_by,"
                + " updated_at FROM"
                + " measure_change_parameter ORDER BY instrument_id, subscale_id, target")
        .query(ChangeParameterRepository::mapParameter)
        .list();
  }

  Optional<ChangeParameter> findParameter(
      String instrumentId, String instrumentVersion, String subscaleId, String target) {
    return jdbc.sql(
            "SELECT id, instrument_id, instrument_version, subscale_id, target, reliability_kind,"
                + " reliability_value, reliability_source, sd_value, sd_source, version, entered_by,"
                + " updated_at FROM"
                + " measure_change_parameter WHERE instrument_id = :i AND instrument_version = :v"
                + " AND subscale_id = :s AND target = :t")
        .param("i", instrumentId)
        .param("v", instrumentVersion)
        .param("s", subscaleId)
        .param("t", target)
        .query(ChangeParameterRepository::mapParameter)
        .optional();
  }

  void insertParameter(ChangeParameter p, UUID by) {
    jdbc.sql(
            "INSERT INTO measure_change_parameter (id, instrument_id, instrument_version,"
                + " subscale_id, target, reliability_kind, reliability_value, reliability_source,"
                + " sd_value, sd_source, entered_by, version, updated_at) VALUES (:id, :i, :v, :s,"
                + " :t, :rk, :rv, :rs, :sd, :sds, :by, 0, :now)")
        .param("id", p.id())
        .param("i", p.instrumentId())
        .param("v", p.instrumentVersion())
        .param("s", p.subscaleId())
        .param("t", p.target())
        .params(values(p, by))
        .update();
  }

  boolean updateParameter(ChangeParameter p, UUID by) {
    return jdbc.sql(
                "UPDATE measure_change_parameter SET reliability_kind = :rk, reliability_value ="
                    + " :rv, reliability_source = :rs, sd_value = :sd, sd_source = :sds,"
                    + " entered_by = :by, version = version + 1, updated_at = :now WHERE id = :id"
                    + " AND version = :version")
            .param("id", p.id())
            .params(values(p, by))
            .param("version", p.version())
            .update()
        == 1;
  }

  /** The entered values, their sources, who entered them and when: named parameters. */
  private Map<String, Object> values(ChangeParameter p, UUID by) {
    Map<String, Object> m = new HashMap<>();
    Reliability r = p.reliability();
    ScoreSpread sd = p.spread();
    m.put("rk", r == null ? null : r.kind().name());
    m.put("rv", r == null ? null : r.value());
    m.put("rs", r == null ? null : r.source());
    m.put("sd", sd == null ? null : sd.sd());
    m.put("sds", sd == null ? null : sd.source());
    m.put("by", by);
    m.put("now", now());
    return m;
  }

  private static ChangeParameter mapParameter(ResultSet rs, int n) throws SQLException {
    String kind = rs.getString("reliability_kind");
    Reliability reliability =
        kind == null
            ? null
            : new Reliability(
                Reliability.Kind.valueOf(kind),
                rs.getDouble("reliability_value"),
                null,
                rs.getString("reliability_source"));
    double sd = rs.getDouble("sd_value");
    ScoreSpread spread = rs.wasNull() ? null : new ScoreSpread(sd, rs.getString("sd_source"));
    return new ChangeParameter(
        rs.getObject("id", UUID.class),
        rs.getString("instrument_id"),
        rs.getString("instrument_version"),
        rs.getString("subscale_id"),
        rs.getString("target"),
        reliability,
        spread,
        rs.getInt("version"),
        new ChangeParameter.Stamp(
            rs.getObject("entered_by", UUID.class),
            rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant()));
  }
}
