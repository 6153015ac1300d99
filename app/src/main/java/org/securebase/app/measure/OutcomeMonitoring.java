package org.securebase.app.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The public face of measures given to clients. Each responsibility lives in its own class:
 * assigning ({@link MeasureAssignments}), creating what falls due ({@link DueOccurrences}, on an
 * assignment and from a scheduled job, never on a read), the due lists ({@link DueMeasures}),
 * answering ({@link MeasureAnswering}), reading scores with reliable change ({@link
 * MeasureReading}), exports ({@link MeasureExports}) and life events ({@link MeasureEvents}).
 *
 * <p>A clinician reaches only their own caseload's measures and a client only their own; every read
 * and write is audited, refusals too. Reads run in read-only transactions.
 */
@Component
public class OutcomeMonitoring {

  private final MeasureAccess access;
  private final MeasureAssignments assignments;
  private final DueMeasures due;
  private final MeasureAnswering answering;
  private final MeasureReading reading;
  private final MeasureExports exports;
  private final MeasureEvents events;
  private final Clock clock;

  OutcomeMonitoring(
      MeasureAccess access,
      MeasureAssignments assignments,
      DueMeasures due,
      MeasureAnswering answering,
      MeasureReading reading,
      MeasureExports exports,
      MeasureEvents events,
      Clock clock) {
    this.access = access;
    this.assignments = assignments;
    this.due = due;
    this.answering = answering;
    this.reading = reading;
    this.exports = exports;
    this.events = events;
    this.clock = clock;
  }

  /** Today in UTC, the date due dates are kept in. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The client if this clinician may see them; a client or other role gets a 404. */
  Client clinicianClient(UUID clientId, SignedInUser user, String action) {
    return access.clinicianClient(clientId, user, action);
  }

  public Assignment assign(UUID clientId, AssignmentForm form, SignedInUser clinician) {
    return assign(clientId, form, clinician, today());
  }

  public Assignment assign(
      UUID clientId, AssignmentForm form, SignedInUser clinician, LocalDate today) {
    return assignments.assign(clientId, form, clinician, today);
  }

  public void stop(UUID clientId, UUID assignmentId, int version, SignedInUser clinician) {
    assignments.stop(clientId, assignmentId, version, clinician);
  }

  /** What the signed-in client has to answer now, oldest first. */
  public List<DueMeasure> dueForClient(SignedInUser client) {
    return dueForClient(client, today());
  }

  List<DueMeasure> dueForClient(SignedInUser client, LocalDate today) {
    return due.forClient(client, today);
  }

  /** What is due or overdue across the clinician's caseload. */
  public List<DueMeasure> dueAcrossCaseload(SignedInUser clinician) {
    return due.acrossCaseload(clinician, today());
  }

  /** An administration the client may answer now, with any saved answers. */
  public Administration openForAnswering(UUID administrationId, SignedInUser client) {
    return openForAnswering(administrationId, client, today());
  }

  Administration openForAnswering(UUID administrationId, SignedInUser client, LocalDate today) {
    return answering.openForAnswering(administrationId, client, today);
  }

  /** Saves the client's answers; with {@code submit} they are scored and closed. */
  public Administration answer(
      UUID administrationId,
      int version,
      Map<String, Integer> answers,
      boolean submit,
      SignedInUser client) {
    return answer(administrationId, version, answers, submit, client, today());
  }

  Administration answer(
      UUID administrationId,
      int version,
      Map<String, Integer> answers,
      boolean submit,
      SignedInUser client,
      LocalDate today) {
    return answering.answer(administrationId, version, answers, submit, client, today);
  }

  /** Answers a clinician enters from a paper form, dated when the client filled it in. */
  public Administration enterFromPaper(
      UUID clientId,
      String instrumentId,
      LocalDate completedOn,
      Map<String, Integer> answers,
      SignedInUser clinician) {
    return answering.enterFromPaper(
        clientId, instrumentId, completedOn, answers, clinician, today());
  }

  /**
   * Stores a completed administration on a given date without a due occurrence: paper forms, and
   * past administrations for demos and tests. Access must be checked by the caller.
   */
  public Administration record(
      UUID clientId,
      String instrumentId,
      LocalDate completedOn,
      Map<String, Integer> answers,
      UUID enteredBy,
      String source,
      LocalDate today) {
    return answering.record(clientId, instrumentId, completedOn, answers, enteredBy, source, today);
  }

  /** Everything the clinician's measures page shows for one client. */
  public record ClientMeasures(
      Client client,
      List<Assignment> assignments,
      List<Administration> administrations,
      Map<String, ScoreHistory> histories,
      List<EventNote> events,
      LocalDate today) {

    /** Administrations due by today and not yet answered or expired. */
    public List<Administration> waiting() {
      return administrations.stream()
          .filter(a -> a.isAnswerable(today) && !a.dueDate().isAfter(today))
          .toList();
    }
  }

  public ClientMeasures overview(UUID clientId, SignedInUser clinician) {
    return reading.overview(clientId, clinician, today());
  }

  /** One completed or open administration of a client of this clinician, with its answers. */
  public Administration administration(
      UUID clientId, UUID administrationId, SignedInUser clinician) {
    return reading.administration(clientId, administrationId, clinician);
  }

  /** The client's measures as a FHIR R4 Bundle (JSON); audited as an export. */
  public ExportFile fhirBundle(UUID clientId, SignedInUser clinician) {
    return exports.fhirBundle(clientId, clinician, today());
  }

  /** The PDF progress report for a period; audited as an export. */
  public ExportFile progressReport(
      UUID clientId, LocalDate from, LocalDate to, SignedInUser clinician) {
    return exports.progressReport(clientId, from, to, clinician, today());
  }

  public EventNote addEvent(
      UUID clientId, LocalDate on, EventNote.Kind kind, String note, SignedInUser clinician) {
    return events.add(clientId, on, kind, note, clinician);
  }

  public void updateEvent(UUID clientId, EventNote edited, SignedInUser clinician) {
    events.update(clientId, edited, clinician);
  }

  public void deleteEvent(UUID clientId, UUID eventId, int version, SignedInUser clinician) {
    events.delete(clientId, eventId, version, clinician);
  }
}
