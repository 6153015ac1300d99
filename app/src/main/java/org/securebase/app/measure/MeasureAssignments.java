package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.ASSIGNMENT;

import java.time.LocalDate;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.measure.Instrument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A clinician assigning a measure to a client on a schedule, and stopping it. */
@Component
class MeasureAssignments {

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final MeasureAccess access;
  private final DueOccurrences occurrences;
  private final AuditLog audit;

  MeasureAssignments(
      MeasureRepository repository,
      MeasureCatalog catalog,
      MeasureAccess access,
      DueOccurrences occurrences,
      AuditLog audit) {
    this.repository = repository;
    this.catalog = catalog;
    this.access = access;
    this.occurrences = occurrences;
    this.audit = audit;
  }

  /** Assigns, and creates at once whatever is due today (a write, so it may). */
  @Transactional
  Assignment assign(UUID clientId, AssignmentForm form, SignedInUser clinician, LocalDate today) {
    access.clinicianClient(clientId, clinician, "CREATE");
    Instrument instrument = catalog.requireAssignable(form.getInstrumentId());
    Schedule schedule = form.getSchedule() == null ? Schedule.ONCE : form.getSchedule();
    int interval = schedule == Schedule.EVERY_N_DAYS ? valueOr(form.getIntervalDays(), 0) : 0;
    if (schedule == Schedule.EVERY_N_DAYS && (interval < 1 || interval > 365)) {
      throw new BadInputException("intervalDays", "enter a number of days from 1 to 365");
    }
    int hoursBefore = schedule == Schedule.BEFORE_SESSION ? valueOr(form.getHoursBefore(), 0) : 0;
    if (schedule == Schedule.BEFORE_SESSION && (hoursBefore < 1 || hoursBefore > 168)) {
      throw new BadInputException("hoursBefore", "enter a number of hours from 1 to 168");
    }
    if (form.getStartDate() == null) {
      throw new BadInputException("startDate", "enter the date it is first due");
    }
    if (form.getStartDate().isBefore(today.minusDays(365))) {
      throw new BadInputException("startDate", "the first due date is more than a year ago");
    }
    int expiry = valueOr(form.getExpiryDays(), 0);
    if (expiry < 1 || expiry > 90) {
      throw new BadInputException("expiryDays", "enter a number of days from 1 to 90");
    }
    Assignment assignment =
        new Assignment(
            UUID.randomUUID(),
            clientId,
            clinician.id(),
            instrument.id(),
            instrument.version(),
            schedule,
            interval,
            form.getStartDate(),
            expiry,
            true,
            0,
            hoursBefore);
    repository.insertAssignment(assignment);
    audit.record("CREATE", ASSIGNMENT, assignment.id());
    occurrences.materialize(assignment, today);
    return assignment;
  }

  @Transactional
  void stop(UUID clientId, UUID assignmentId, int version, SignedInUser clinician) {
    access.clinicianClient(clientId, clinician, "UPDATE");
    Assignment a =
        repository
            .findAssignment(assignmentId)
            .filter(x -> x.clientId().equals(clientId))
            .orElseThrow(() -> new RecordNotFoundException(ASSIGNMENT, assignmentId));
    if (!repository.stopAssignment(a.id(), version)) {
      throw new StaleEditException(ASSIGNMENT, assignmentId);
    }
    audit.record("UPDATE", ASSIGNMENT, assignmentId);
  }

  private static int valueOr(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
