package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.ADMINISTRATION;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Score;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A client's measures leaving the system: the FHIR R4 bundle and the PDF progress report. The data
 * is read (and the export audited) in one short read-only transaction; the bundle and the PDF are
 * built after it ends, holding no connection and no lock while they serialize or render.
 */
@Component
class MeasureExports {

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final MeasureAccess access;
  private final MeasureReading reading;
  private final AuditLog audit;
  private final TransactionTemplate readOnly;
  private final ObjectProvider<FhirContribution> contributions;

  MeasureExports(
      MeasureRepository repository,
      MeasureCatalog catalog,
      MeasureAccess access,
      MeasureReading reading,
      AuditLog audit,
      PlatformTransactionManager transactions,
      ObjectProvider<FhirContribution> contributions) {
    this.contributions = contributions;
    this.repository = repository;
    this.catalog = catalog;
    this.access = access;
    this.reading = reading;
    this.audit = audit;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  private record FhirInput(
      Client client,
      List<Administration> administrations,
      Map<UUID, List<Score>> scores,
      List<Resource> others) {}

  /** The client's measures as a FHIR R4 Bundle (JSON); audited as an export. */
  ExportFile fhirBundle(UUID clientId, SignedInUser clinician, LocalDate today) {
    FhirInput input =
        readOnly.execute(
            status -> {
              Client client = access.clinicianClient(clientId, clinician, "EXPORT");
              audit.record("EXPORT", ADMINISTRATION, "fhir:" + clientId);
              List<Resource> others = new ArrayList<>();
              contributions.orderedStream().forEach(c -> others.addAll(c.resourcesFor(clientId)));
              return new FhirInput(
                  client,
                  repository.administrationsOf(clientId),
                  repository.scoresOf(clientId),
                  others);
            });
    Bundle bundle = FhirExport.bundle(clientId, input.administrations(), input.scores(), catalog);
    FhirExport.addAll(bundle, input.others());
    String json = FhirExport.json(bundle);
    return new ExportFile(
        json.getBytes(StandardCharsets.UTF_8),
        ExportFile.name("fhir-bundle", input.client().displayName(), today, today, "json"));
  }

  /** The PDF progress report for a period (the last six months by default); audited. */
  ExportFile progressReport(
      UUID clientId, LocalDate from, LocalDate to, SignedInUser clinician, LocalDate today) {
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusMonths(6) : from;
    if (start.isAfter(end)) {
      throw new BadInputException("from", "measure.report.range-reversed", start, end);
    }
    OutcomeMonitoring.ClientMeasures m =
        readOnly.execute(
            status -> {
              OutcomeMonitoring.ClientMeasures read = reading.overview(clientId, clinician, today);
              audit.record("EXPORT", ADMINISTRATION, "report:" + clientId);
              return read;
            });
    byte[] pdf =
        new ProgressReportPdf()
            .render(m.client(), List.copyOf(m.histories().values()), m.events(), start, end, today);
    return new ExportFile(
        pdf, ExportFile.name("progress-report", m.client().displayName(), start, end, "pdf"));
  }
}
