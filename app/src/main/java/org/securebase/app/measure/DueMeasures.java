package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.ADMINISTRATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Instrument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due now: for a client, their own list; for a clinician, across their caseload. Read only:
 * the occurrences were created by {@link DueOccurrences}, never here.
 */
@Component
class DueMeasures {

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final Caseload caseload;
  private final AuditLog audit;

  DueMeasures(
      MeasureRepository repository, MeasureCatalog catalog, Caseload caseload, AuditLog audit) {
    this.repository = repository;
    this.catalog = catalog;
    this.caseload = caseload;
    this.audit = audit;
  }

  /** What the signed-in client has to answer now, oldest first. */
  @Transactional(readOnly = true)
  List<DueMeasure> forClient(SignedInUser client, LocalDate today) {
    if (client.role() != Role.CLIENT || client.clientId() == null) {
      return List.of();
    }
    audit.record("LIST", ADMINISTRATION, "due:" + client.clientId());
    return due(client.clientId(), "", today);
  }

  /** What is due or overdue across the clinician's caseload, oldest first. */
  @Transactional(readOnly = true)
  List<DueMeasure> acrossCaseload(SignedInUser clinician, LocalDate today) {
    if (clinician.role() != Role.CLINICIAN) {
      return List.of();
    }
    List<DueMeasure> all = new ArrayList<>();
    for (Client c : caseload.list(clinician)) {
      all.addAll(due(c.id(), c.displayName(), today));
    }
    audit.record("LIST", ADMINISTRATION, "due:caseload:" + clinician.id());
    all.sort(Comparator.comparing(DueMeasure::dueDate));
    return all;
  }

  private List<DueMeasure> due(UUID clientId, String clientName, LocalDate today) {
    List<DueMeasure> due = new ArrayList<>();
    for (Administration a : repository.unfinishedOf(clientId)) {
      if (a.isAnswerable(today) && !a.dueDate().isAfter(today)) {
        Instrument i = catalog.get(a.instrumentId(), a.instrumentVersion());
        due.add(
            new DueMeasure(
                a.id(),
                clientId,
                clientName,
                i.title(),
                i.selfMonitoring(),
                a.dueDate(),
                a.expiresOn(),
                a.isOverdue(today),
                a.status() == AdministrationStatus.IN_PROGRESS,
                a.instrumentId()));
      }
    }
    return due;
  }
}
