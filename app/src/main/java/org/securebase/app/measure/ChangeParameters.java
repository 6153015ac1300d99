package org.securebase.app.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.Reliability;
import org.securebase.core.measure.ScoreSpread;
import org.securebase.core.measure.Subscale;
import org.securebase.core.measure.Target;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reliability and SD values reliable change uses, per instrument subscale and target, each
 * entered with its source by a clinician or an administrator. No value without a source is
 * accepted; the SD is always entered here, because SecureBase ships no norms.
 */
@Component
public class ChangeParameters {

  static final String RECORD_TYPE = "measure_change_parameter";

  private final MeasureRepository repository;
  private final ChangeParameterRepository parameterRows;
  private final MeasureCatalog catalog;
  private final AuditLog audit;
  private final org.securebase.app.account.Accounts accounts;

  ChangeParameters(
      MeasureRepository repository,
      ChangeParameterRepository parameterRows,
      MeasureCatalog catalog,
      AuditLog audit,
      org.securebase.app.account.Accounts accounts) {
    this.repository = repository;
    this.parameterRows = parameterRows;
    this.catalog = catalog;
    this.audit = audit;
    this.accounts = accounts;
  }

  /** One row of the parameters page: a subscale and target with what is on file. */
  public record Row(
      Instrument instrument,
      Subscale subscale,
      String target,
      String targetLabel,
      Reliability definitionReliability,
      ChangeParameter entered,
      String enteredByName,
      java.time.LocalDate enteredOn) {
    public String key() {
      return instrument.id() + "|" + subscale.id() + "|" + target;
    }
  }

  @Transactional
  public List<Row> rows(SignedInUser user) {
    require(user, "LIST");
    audit.record("LIST", RECORD_TYPE, "all");
    List<ChangeParameter> entered = parameterRows.parameters();
    java.util.Map<UUID, String> names = new java.util.HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Instrument i : catalog.assignable()) {
      List<String[]> targets = new ArrayList<>();
      if (i.isTargeted()) {
        for (Target t : i.targets()) {
          targets.add(new String[] {t.id(), t.label()});
        }
        targets.add(new String[] {"global", "Global"});
      } else {
        targets.add(new String[] {"", ""});
      }
      for (Subscale s : i.subscales()) {
        for (String[] t : targets) {
          Optional<ChangeParameter> p =
              entered.stream()
                  .filter(
                      e ->
                          e.instrumentId().equals(i.id())
                              && e.instrumentVersion().equals(i.version())
                              && e.subscaleId().equals(s.id())
                              && e.target().equals(t[0]))
                  .findFirst();
          rows.add(
              new Row(
                  i,
                  s,
                  t[0],
                  t[1],
                  s.preferredReliability(t[0].isEmpty() ? null : t[0]).orElse(null),
                  p.orElse(null),
                  p.map(e -> enteredBy(e, names)).orElse(null),
                  p.map(ChangeParameters::enteredOn).orElse(null)));
        }
      }
    }
    return rows;
  }

  private String enteredBy(ChangeParameter p, java.util.Map<UUID, String> names) {
    UUID by = p.stamp() == null ? null : p.stamp().enteredBy();
    return by == null
        ? null
        : names.computeIfAbsent(by, id -> accounts.displayName(id).orElse(null));
  }

  private static java.time.LocalDate enteredOn(ChangeParameter p) {
    return p.stamp() == null || p.stamp().updatedAt() == null
        ? null
        : java.time.LocalDate.ofInstant(p.stamp().updatedAt(), java.time.ZoneOffset.UTC);
  }

  /**
   * Enters or replaces the values for one subscale and target. Blank reliability fields leave the
   * definition's value in force; both SD fields must be given together.
   *
   * @param version the version the edit was based on, or null for a first entry
   */
  @Transactional
  public ChangeParameter save(
      String instrumentId,
      String subscaleId,
      String target,
      Reliability.Kind kind,
      Double reliability,
      String reliabilitySource,
      Double sd,
      String sdSource,
      Integer version,
      SignedInUser user) {
    require(user, "UPDATE");
    Instrument instrument = catalog.requireAssignable(instrumentId);
    Subscale subscale =
        instrument
            .subscale(subscaleId == null ? "" : subscaleId)
            .orElseThrow(() -> new BadInputException("subscaleId", "no such subscale"));
    String t = target == null ? "" : target;
    boolean knownTarget =
        instrument.isTargeted()
            ? t.equals("global") || instrument.targets().stream().anyMatch(x -> x.id().equals(t))
            : t.isEmpty();
    if (!knownTarget) {
      throw new BadInputException("target", "no such target for " + instrument.id());
    }
    Reliability r = null;
    if (reliability != null || !blank(reliabilitySource)) {
      if (reliability == null || !(reliability > 0 && reliability < 1)) {
        throw new BadInputException("reliability", "enter a reliability between 0 and 1");
      }
      if (blank(reliabilitySource)) {
        throw new BadInputException("reliabilitySource", "say where the reliability comes from");
      }
      r =
          new Reliability(
              kind == null ? Reliability.Kind.TEST_RETEST : kind,
              reliability,
              null,
              reliabilitySource.strip());
    }
    ScoreSpread spread = null;
    if (sd != null || !blank(sdSource)) {
      if (sd == null || !(sd > 0) || !Double.isFinite(sd)) {
        throw new BadInputException("sd", "enter a positive SD");
      }
      if (blank(sdSource)) {
        throw new BadInputException("sdSource", "say where the SD comes from");
      }
      spread = new ScoreSpread(sd, sdSource.strip());
    }
    if (r == null && spread == null) {
      throw new BadInputException("sd", "enter an SD with its source, a reliability, or both");
    }
    checkLength(reliabilitySource, "reliabilitySource");
    checkLength(sdSource, "sdSource");
    Optional<ChangeParameter> existing =
        parameterRows.findParameter(instrument.id(), instrument.version(), subscale.id(), t);
    ChangeParameter saved;
    if (existing.isEmpty()) {
      saved =
          new ChangeParameter(
              UUID.randomUUID(),
              instrument.id(),
              instrument.version(),
              subscale.id(),
              t,
              r,
              spread,
              0,
              new ChangeParameter.Stamp(user.id(), null));
      parameterRows.insertParameter(saved, user.id());
      audit.record("CREATE", RECORD_TYPE, saved.id());
    } else {
      ChangeParameter current = existing.get();
      if (version == null || version != current.version()) {
        throw new StaleEditException(RECORD_TYPE, current.id());
      }
      saved =
          new ChangeParameter(
              current.id(),
              instrument.id(),
              instrument.version(),
              subscale.id(),
              t,
              r,
              spread,
              version,
              new ChangeParameter.Stamp(user.id(), null));
      if (!parameterRows.updateParameter(saved, user.id())) {
        throw new StaleEditException(RECORD_TYPE, current.id());
      }
      audit.record("UPDATE", RECORD_TYPE, saved.id());
    }
    return saved;
  }

  private void require(SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN && user.role() != Role.ADMIN) {
      audit.denied(action, RECORD_TYPE, "all");
      throw new RecordNotFoundException(RECORD_TYPE, "all");
    }
  }

  private static void checkLength(String s, String field) {
    if (s != null && s.length() > 1000) {
      throw new BadInputException(field, "use at most 1,000 characters");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
