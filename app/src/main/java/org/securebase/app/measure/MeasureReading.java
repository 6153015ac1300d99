package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.ADMINISTRATION;
import static org.securebase.app.measure.MeasureAccess.EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.Score;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A clinician reading a client's measures: everything the measures page shows, scored. */
@Component
class MeasureReading {

  private final MeasureRepository repository;
  private final ChangeParameterRepository parameterRows;
  private final MeasureCatalog catalog;
  private final MeasureAccess access;
  private final AuditLog audit;

  MeasureReading(
      MeasureRepository repository,
      ChangeParameterRepository parameterRows,
      MeasureCatalog catalog,
      MeasureAccess access,
      AuditLog audit) {
    this.repository = repository;
    this.parameterRows = parameterRows;
    this.catalog = catalog;
    this.access = access;
    this.audit = audit;
  }

  /** Everything the clinician's measures page shows for one client, in one read. */
  @Transactional(readOnly = true)
  OutcomeMonitoring.ClientMeasures overview(
      UUID clientId, SignedInUser clinician, LocalDate today) {
    Client client = access.clinicianClient(clientId, clinician, "READ");
    List<Administration> administrations = repository.administrationsOf(clientId);
    audit.record("READ", ADMINISTRATION, "client:" + clientId);
    audit.record("LIST", EVENT, "client:" + clientId);
    return new OutcomeMonitoring.ClientMeasures(
        client,
        repository.assignmentsOf(clientId),
        administrations,
        histories(clientId, administrations),
        repository.eventsOf(clientId),
        today);
  }

  /** One completed or open administration of a client of this clinician, with its answers. */
  @Transactional(readOnly = true)
  Administration administration(UUID clientId, UUID administrationId, SignedInUser clinician) {
    access.clinicianClient(clientId, clinician, "READ");
    Administration a =
        repository
            .findAdministration(administrationId)
            .filter(x -> x.clientId().equals(clientId))
            .orElseThrow(() -> new RecordNotFoundException(ADMINISTRATION, administrationId));
    audit.record("READ", ADMINISTRATION, administrationId);
    return a;
  }

  /** Score histories keyed by instrument id, from completed administrations only. */
  Map<String, ScoreHistory> histories(UUID clientId, List<Administration> administrations) {
    Map<UUID, List<Score>> scores = repository.scoresOf(clientId);
    Map<String, List<ScoreHistory.Scored>> byInstrument = new LinkedHashMap<>();
    Map<String, Instrument> instruments = new LinkedHashMap<>();
    for (Administration a : administrations) {
      if (!a.isCompleted()) {
        continue;
      }
      String key = a.instrumentId() + "@" + a.instrumentVersion();
      instruments.computeIfAbsent(key, k -> catalog.get(a.instrumentId(), a.instrumentVersion()));
      byInstrument
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new ScoreHistory.Scored(
                  a.id(), a.scoreDate(), scores.getOrDefault(a.id(), List.of())));
    }
    List<ChangeParameter> parameters = parameterRows.parameters();
    Map<String, ScoreHistory> histories = new LinkedHashMap<>();
    for (var e : byInstrument.entrySet()) {
      Instrument instrument = instruments.get(e.getKey());
      List<ScoreHistory.Scored> sorted =
          e.getValue().stream().sorted(Comparator.comparing(ScoreHistory.Scored::date)).toList();
      histories.put(
          instrument.id(),
          ScoreHistory.of(
              instrument,
              sorted,
              (subscale, target) -> parameter(parameters, instrument, subscale, target)));
    }
    return histories;
  }

  private static java.util.Optional<ChangeParameter> parameter(
      List<ChangeParameter> parameters, Instrument instrument, String subscale, String target) {
    return parameters.stream()
        .filter(
            p ->
                p.instrumentId().equals(instrument.id())
                    && p.instrumentVersion().equals(instrument.version())
                    && p.subscaleId().equals(subscale)
                    && p.target().equals(target))
        .findFirst();
  }
}
