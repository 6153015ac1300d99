package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.ADMINISTRATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InvalidResponseException;
import org.securebase.core.measure.ResponseSet;
import org.securebase.core.measure.ScoreSheet;
import org.securebase.core.measure.Scorer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers: a client answering a due measure (with save and resume), a clinician entering a paper
 * form, and completed administrations stored for demos and tests. Scored by the core.
 */
@Component
class MeasureAnswering {

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final MeasureAccess access;
  private final AuditLog audit;
  private final org.securebase.app.journal.CrisisFlags flags;

  MeasureAnswering(
      MeasureRepository repository,
      MeasureCatalog catalog,
      MeasureAccess access,
      AuditLog audit,
      org.securebase.app.journal.CrisisFlags flags) {
    this.repository = repository;
    this.catalog = catalog;
    this.access = access;
    this.audit = audit;
    this.flags = flags;
  }

  /** An administration the client may answer now, with any saved answers. */
  @Transactional(readOnly = true)
  Administration openForAnswering(UUID administrationId, SignedInUser client, LocalDate today) {
    Administration a = access.ownAdministration(administrationId, client, "READ");
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

  /** Saves the answers; with {@code submit} the set is scored and closed. */
  @Transactional
  Administration answer(
      UUID administrationId,
      int version,
      Map<String, Integer> answers,
      boolean submit,
      SignedInUser client,
      LocalDate today) {
    Administration a = access.ownAdministration(administrationId, client, "UPDATE");
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
      SelfHarmItem.flagIfAnswered(instrument, responses.answers(), a.clientId(), a.id(), flags);
    }
    audit.record(submit ? "SUBMIT" : "SAVE", ADMINISTRATION, administrationId);
    return repository.findAdministration(a.id()).orElseThrow();
  }

  /** Answers a clinician enters from a paper form, dated when the client filled it in. */
  @Transactional
  Administration enterFromPaper(
      UUID clientId,
      String instrumentId,
      LocalDate completedOn,
      Map<String, Integer> answers,
      SignedInUser clinician,
      LocalDate today) {
    access.clinicianClient(clientId, clinician, "CREATE");
    return record(clientId, instrumentId, completedOn, answers, clinician.id(), "PAPER", today);
  }

  /**
   * Stores a completed administration on a given date without a due occurrence: paper forms, and
   * past administrations for demos and tests. Access must be checked by the caller.
   */
  @Transactional
  Administration record(
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
    SelfHarmItem.flagIfAnswered(instrument, responses.answers(), clientId, a.id(), flags);
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
}
