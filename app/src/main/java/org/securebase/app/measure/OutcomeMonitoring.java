package org.securebase.app.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InvalidResponseException;
import org.securebase.core.measure.ResponseSet;
import org.securebase.core.measure.ScoreSheet;
import org.securebase.core.measure.Scorer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures given to clients: assigning, the due list, answering (with save and resume), entering
 * answers from paper, and reading scores with reliable change. A clinician reaches only their own
 * caseload's measures and a client only their own; every read and write is audited, refusals too.
 */
@Component
public class OutcomeMonitoring {

  static final String ASSIGNMENT = "measure_assignment";
  static final String ADMINISTRATION = "measure_administration";
  static final String EVENT = "measure_event";

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final Caseload caseload;
  private final AuditLog audit;
  private final Clock clock;

  OutcomeMonitoring(
      MeasureRepository repository, MeasureCatalog catalog, Caseload caseload, AuditLog audit) {
    this.repository = repository;
    this.catalog = catalog;
    this.caseload = caseload;
    this.audit = audit;
    this.clock = Clock.systemDefaultZone();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- access

  /** The client if this clinician may see them; a client or other role gets a 404. */
  Client clinicianClient(UUID clientId, SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, "client", clientId);
      throw new RecordNotFoundException("client", clientId);
    }
    return caseload.read(clientId, user);
  }

  private Administration ownAdministration(UUID id, SignedInUser user, String action) {
    Administration a =
        repository
            .findAdministration(id)
            .orElseThrow(() -> new RecordNotFoundException(ADMINISTRATION, id));
    boolean allowed = user.role() == Role.CLIENT && a.clientId().equals(user.clientId());
    if (!allowed) {
      audit.denied(action, ADMINISTRATION, id);
      throw new RecordNotFoundException(ADMINISTRATION, id);
    }
    return a;
  }

  // ---- assigning

  @Transactional
  public Assignment assign(UUID clientId, AssignmentForm form, SignedInUser clinician) {
    return assign(clientId, form, clinician, today());
  }

  public Assignment assign(
      UUID clientId, AssignmentForm form, SignedInUser clinician, LocalDate today) {
    clinicianClient(clientId, clinician, "CREATE");
    Instrument instrument = catalog.requireAssignable(form.getInstrumentId());
    Schedule schedule = form.getSchedule() == null ? Schedule.ONCE : form.getSchedule();
    int interval = schedule == Schedule.EVERY_N_DAYS ? valueOr(form.getIntervalDays(), 0) : 0;
    if (schedule == Schedule.EVERY_N_DAYS && (interval < 1 || interval > 365)) {
      throw new BadInputException("intervalDays", "enter a number of days from 1 to 365");
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
            0);
    repository.insertAssignment(assignment);
    audit.record("CREATE", ASSIGNMENT, assignment.id());
    materialize(assignment, today);
    return assignment;
  }

  @Transactional
  public void stop(UUID clientId, UUID assignmentId, int version, SignedInUser clinician) {
    clinicianClient(clientId, clinician, "UPDATE");
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

  /**
   * Creates the administrations that have fallen due by {@code today} and have not expired yet.
   * Occurrences that expired unseen are not created: a missed week is simply missed.
   */
  private void materialize(Assignment a, LocalDate today) {
    if (!a.active() || a.startDate().isAfter(today)) {
      return;
    }
    List<Administration> existing = repository.administrationsOfAssignment(a.id());
    int step = a.schedule().stepDays(a.intervalDays());
    LocalDate next;
    if (existing.isEmpty()) {
      next = a.startDate();
    } else if (step == 0) {
      return;
    } else {
      next = existing.get(existing.size() - 1).dueDate().plusDays(step);
    }
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    while (!next.isAfter(today)) {
      LocalDate expires = next.plusDays(a.expiryDays());
      if (!expires.isBefore(today)) {
        Administration occurrence =
            new Administration(
                UUID.randomUUID(),
                a.clientId(),
                a.id(),
                instrument.id(),
                instrument.version(),
                instrument.answerKeys(),
                Map.of(),
                0,
                next,
                expires,
                AdministrationStatus.OPEN,
                null,
                "CLIENT",
                0);
        try {
          repository.insertAdministration(occurrence, null);
        } catch (DuplicateKeyException raced) {
          // Another request created the same occurrence a moment ago; one row is enough.
        }
      }
      if (step == 0) {
        break;
      }
      next = next.plusDays(step);
    }
  }

  private List<Administration> refreshed(UUID clientId, LocalDate today) {
    for (Assignment a : repository.assignmentsOf(clientId)) {
      materialize(a, today);
    }
    return repository.administrationsOf(clientId);
  }

  // ---- due lists

  /** What the signed-in client has to answer now, oldest first. */
  @Transactional
  public List<DueMeasure> dueForClient(SignedInUser client) {
    return dueForClient(client, today());
  }

  List<DueMeasure> dueForClient(SignedInUser client, LocalDate today) {
    if (client.role() != Role.CLIENT || client.clientId() == null) {
      return List.of();
    }
    audit.record("LIST", ADMINISTRATION, "due:" + client.clientId());
    return due(client.clientId(), "", today);
  }

  /** What is due or overdue across the clinician's caseload. */
  @Transactional
  public List<DueMeasure> dueAcrossCaseload(SignedInUser clinician) {
    if (clinician.role() != Role.CLINICIAN) {
      return List.of();
    }
    LocalDate today = today();
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
    for (Administration a : refreshed(clientId, today)) {
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
                a.status() == AdministrationStatus.IN_PROGRESS));
      }
    }
    return due;
  }

  // ---- answering

  /** An administration the client may answer now, with any saved answers. */
  @Transactional
  public Administration openForAnswering(UUID administrationId, SignedInUser client) {
    return openForAnswering(administrationId, client, today());
  }

  Administration openForAnswering(UUID administrationId, SignedInUser client, LocalDate today) {
    Administration a = ownAdministration(administrationId, client, "READ");
    if (!a.isAnswerable(today)) {
      throw new BadInputException(
          "administration",
          a.isCompleted()
              ? "these answers were already sent"
              : "this measure expired on " + a.expiresOn() + " and can no longer be answered");
    }
    audit.record("READ", ADMINISTRATION, administrationId);
    return a;
  }

  /**
   * Saves the client's answers. With {@code submit} the set is scored and closed; without, it is
   * kept to resume later.
   */
  @Transactional
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
    Administration a = ownAdministration(administrationId, client, "UPDATE");
    if (!a.isAnswerable(today)) {
      throw new BadInputException(
          "administration",
          a.isCompleted() ? "these answers were already sent" : "this measure has expired");
    }
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    ResponseSet responses = responseSet(instrument, a.itemOrder(), answers);
    if (submit && answers.isEmpty()) {
      throw new BadInputException("answers", "answer at least one question before sending");
    }
    AdministrationStatus status =
        submit ? AdministrationStatus.COMPLETED : AdministrationStatus.IN_PROGRESS;
    if (!repository.saveAnswers(
        a.id(), version, responses.answers(), status, submit ? today : null, client.id())) {
      throw new StaleEditException(ADMINISTRATION, administrationId);
    }
    if (submit) {
      ScoreSheet sheet = Scorer.score(instrument, responses);
      repository.insertScores(a.id(), sheet.scores());
    }
    audit.record(submit ? "SUBMIT" : "SAVE", ADMINISTRATION, administrationId);
    return repository.findAdministration(a.id()).orElseThrow();
  }

  /** Answers a clinician enters from a paper form, dated when the client filled it in. */
  @Transactional
  public Administration enterFromPaper(
      UUID clientId,
      String instrumentId,
      LocalDate completedOn,
      Map<String, Integer> answers,
      SignedInUser clinician) {
    clinicianClient(clientId, clinician, "CREATE");
    return record(clientId, instrumentId, completedOn, answers, clinician.id(), "PAPER", today());
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
    // The licence rule holds for paper too: a disabled instrument is refused.
    Instrument instrument = catalog.requireAssignable(instrumentId);
    if (completedOn == null) {
      throw new BadInputException("completedOn", "enter the date the form was filled in");
    }
    if (completedOn.isAfter(today)) {
      throw new BadInputException("completedOn", "the date cannot be in the future");
    }
    if (answers.isEmpty()) {
      throw new BadInputException("answers", "enter at least one answer");
    }
    ResponseSet responses = responseSet(instrument, instrument.answerKeys(), answers);
    Administration a =
        new Administration(
            UUID.randomUUID(),
            clientId,
            null,
            instrument.id(),
            instrument.version(),
            responses.itemOrder(),
            responses.answers(),
            responses.answers().size(),
            completedOn,
            completedOn,
            AdministrationStatus.COMPLETED,
            completedOn,
            source,
            0);
    repository.insertAdministration(a, enteredBy);
    repository.insertScores(a.id(), Scorer.score(instrument, responses).scores());
    audit.record("CREATE", ADMINISTRATION, a.id());
    return a;
  }

  /** A response set, with any problem named by its item; answers outside the range are refused. */
  static ResponseSet responseSet(
      Instrument instrument, List<String> itemOrder, Map<String, Integer> answers) {
    try {
      ResponseSet set = new ResponseSet(instrument.id(), instrument.version(), itemOrder, answers);
      // Scoring checks item ids and ranges; the result is discarded here.
      Scorer.score(instrument, set);
      return set;
    } catch (InvalidResponseException e) {
      throw new BadInputException("answers", e.getMessage());
    }
  }

  // ---- reading

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

  @Transactional
  public ClientMeasures overview(UUID clientId, SignedInUser clinician) {
    Client client = clinicianClient(clientId, clinician, "READ");
    LocalDate today = today();
    List<Administration> administrations = refreshed(clientId, today);
    audit.record("READ", ADMINISTRATION, "client:" + clientId);
    audit.record("LIST", EVENT, "client:" + clientId);
    return new ClientMeasures(
        client,
        repository.assignmentsOf(clientId),
        administrations,
        histories(clientId, administrations),
        repository.eventsOf(clientId),
        today);
  }

  /** One completed or open administration of a client of this clinician, with its answers. */
  @Transactional
  public Administration administration(
      UUID clientId, UUID administrationId, SignedInUser clinician) {
    clinicianClient(clientId, clinician, "READ");
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
    Map<UUID, List<org.securebase.core.measure.Score>> scores = repository.scoresOf(clientId);
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
    List<ChangeParameter> parameters = repository.parameters();
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
              (subscale, target) ->
                  parameters.stream()
                      .filter(
                          p ->
                              p.instrumentId().equals(instrument.id())
                                  && p.instrumentVersion().equals(instrument.version())
                                  && p.subscaleId().equals(subscale)
                                  && p.target().equals(target))
                      .findFirst()));
    }
    return histories;
  }

  /** The client's measures as a FHIR R4 Bundle (JSON); audited as an export. */
  @Transactional
  public ExportFile fhirBundle(UUID clientId, SignedInUser clinician) {
    Client client = clinicianClient(clientId, clinician, "EXPORT");
    audit.record("EXPORT", ADMINISTRATION, "fhir:" + clientId);
    String json =
        FhirExport.json(
            FhirExport.bundle(
                clientId,
                repository.administrationsOf(clientId),
                repository.scoresOf(clientId),
                catalog));
    LocalDate today = today();
    return new ExportFile(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        ExportFile.name("fhir-bundle", client.displayName(), today, today, "json"));
  }

  /** The PDF progress report for a period; audited as an export. */
  @Transactional
  public ExportFile progressReport(
      UUID clientId, LocalDate from, LocalDate to, SignedInUser clinician) {
    LocalDate today = today();
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusMonths(6) : from;
    if (start.isAfter(end)) {
      throw new BadInputException("from", "measure.report.range-reversed", start, end);
    }
    ClientMeasures m = overview(clientId, clinician);
    audit.record("EXPORT", ADMINISTRATION, "report:" + clientId);
    byte[] pdf =
        new ProgressReportPdf()
            .render(m.client(), List.copyOf(m.histories().values()), m.events(), start, end, today);
    return new ExportFile(
        pdf, ExportFile.name("progress-report", m.client().displayName(), start, end, "pdf"));
  }

  // ---- events

  @Transactional
  public EventNote addEvent(
      UUID clientId, LocalDate on, EventNote.Kind kind, String note, SignedInUser clinician) {
    clinicianClient(clientId, clinician, "CREATE");
    EventNote event = new EventNote(UUID.randomUUID(), clientId, on, kind, note, 0);
    validateEvent(event);
    repository.insertEvent(event, clinician.id());
    audit.record("CREATE", EVENT, event.id());
    return event;
  }

  @Transactional
  public void updateEvent(UUID clientId, EventNote edited, SignedInUser clinician) {
    clinicianClient(clientId, clinician, "UPDATE");
    repository
        .findEvent(edited.id())
        .filter(e -> e.clientId().equals(clientId))
        .orElseThrow(() -> new RecordNotFoundException(EVENT, edited.id()));
    validateEvent(edited);
    if (!repository.updateEvent(edited)) {
      throw new StaleEditException(EVENT, edited.id());
    }
    audit.record("UPDATE", EVENT, edited.id());
  }

  @Transactional
  public void deleteEvent(UUID clientId, UUID eventId, int version, SignedInUser clinician) {
    clinicianClient(clientId, clinician, "DELETE");
    repository
        .findEvent(eventId)
        .filter(e -> e.clientId().equals(clientId))
        .orElseThrow(() -> new RecordNotFoundException(EVENT, eventId));
    if (!repository.deleteEvent(eventId, version)) {
      throw new StaleEditException(EVENT, eventId);
    }
    audit.record("DELETE", EVENT, eventId);
  }

  private static void validateEvent(EventNote e) {
    if (e.occurredOn() == null) {
      throw new BadInputException("occurredOn", "enter the date of the event");
    }
    if (e.kind() == null) {
      throw new BadInputException("kind", "choose what kind of event it was");
    }
    if (e.note() == null || e.note().isBlank()) {
      throw new BadInputException("note", "write a short note");
    }
    if (e.note().length() > 500) {
      throw new BadInputException("note", "use at most 500 characters");
    }
  }

  private static int valueOr(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
