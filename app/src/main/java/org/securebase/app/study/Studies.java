package org.securebase.app.study;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.crypto.PseudonymMac;
import org.securebase.app.interview.InfantRecords;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may reach which study. An administrator creates the study shell (code, title and lead
 * researcher) and proposes researchers, but never reads a study's data; a proposed researcher joins
 * only when the lead accepts; a researcher reaches only the studies they have joined, and only
 * de-identified views of those. A study someone may not see answers 404, as if it did not exist.
 * Every read and write is audited, refusals too.
 */
@Component
public class Studies {

  static final String RECORD_TYPE = "study";

  private final StudyRepository studies;
  private final InfantRecords infant;
  private final StudyDataRepository data;
  private final Accounts accounts;
  private final PseudonymMac mac;
  private final AuditLog audit;

  Studies(
      StudyRepository studies,
      StudyDataRepository data,
      Accounts accounts,
      PseudonymMac mac,
      AuditLog audit,
      InfantRecords infant) {
    this.studies = studies;
    this.data = data;
    this.infant = infant;
    this.accounts = accounts;
    this.mac = mac;
    this.audit = audit;
  }

  /** Participants shown on the study page; the rest are counted. */
  static final int PARTICIPANTS_SHOWN = 50;

  /**
   * What a researcher sees of a study: its waves, dictionary and row counts, and participants only
   * as keyed hashes (the same as in the export), never their study ids or identifier values.
   */
  public record Overview(
      Study study,
      List<StudyWave> waves,
      List<StudyVariable> variables,
      int participants,
      List<String> participantPseudonyms,
      StudyCounts counts,
      List<String> coders) {}

  @Transactional
  public Overview overview(UUID studyId, SignedInUser reader) {
    Study study = visible(studyId, reader, "READ");
    audit.record("READ", RECORD_TYPE, studyId);
    String scope = "study:" + study.id();
    List<String> shown =
        studies.firstParticipants(studyId, PARTICIPANTS_SHOWN).stream()
            .map(p -> mac.pseudonym(scope, p.code()))
            .sorted()
            .toList();
    return new Overview(
        study,
        studies.waves(studyId),
        studies.variables(studyId),
        studies.participantCount(studyId),
        shown,
        data.counts(studyId, infant.countOfStudy(studyId)),
        data.coders(studyId));
  }

  /** The studies assigned to this researcher. */
  @Transactional
  public List<Study> assignedTo(SignedInUser researcher) {
    audit.record("LIST", RECORD_TYPE, "researcher:" + researcher.id());
    return studies.findByResearcher(researcher.id());
  }

  /**
   * The study, if this researcher is assigned to it; otherwise 404 (audited as denied). The action
   * is written to the audit trail by the caller, which knows what it reads.
   */
  public Study visible(UUID studyId, SignedInUser reader, String action) {
    Study study =
        studies
            .findById(studyId)
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, studyId));
    if (reader.role() != Role.RESEARCHER || !studies.isAssigned(studyId, reader.id())) {
      audit.denied(action, RECORD_TYPE, studyId);
      throw new RecordNotFoundException(RECORD_TYPE, studyId);
    }
    return study;
  }

  /** Whether a study with this code exists (the demo seeds its study only once). */
  public boolean exists(String code) {
    return studies.findByCode(code).isPresent();
  }

  /** A study by its code, for the command line (which runs as the deployment's operator). */
  public Study byCode(String code) {
    return studies
        .findByCode(code)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
  }

  // ---- the administrator's side: shells and assignments, no data

  /** Every study shell with its researchers; no participant data. */
  @Transactional
  public List<Study> all() {
    audit.record("LIST", RECORD_TYPE, "all");
    return studies.findAll();
  }

  List<StudyResearcher> researchers(UUID studyId) {
    return studies.researchers(studyId);
  }

  /**
   * Creates a study shell and names its lead researcher, who alone accepts other researchers into
   * it. The administrator who creates the shell never reads its data.
   */
  @Transactional
  public Study create(String code, String title, String leadUsername, String actor) {
    String c = code == null ? "" : code.strip();
    String t = title == null ? "" : title.strip();
    if (!c.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
      throw new BadInputException(
          "code", "use 1 to 40 letters, digits, - or _, starting with a letter or digit");
    }
    if (t.isEmpty() || t.length() > 200) {
      throw new BadInputException("title", "give a title of at most 200 characters");
    }
    if (studies.findByCode(c).isPresent()) {
      throw new BadInputException("code", "a study with the code " + c + " exists already");
    }
    Account lead = researcher("lead", leadUsername);
    Study study = new Study(UUID.randomUUID(), c, t, OffsetDateTime.now(ZoneOffset.UTC));
    studies.insert(study, lead.id(), actor);
    studies.assign(study.id(), lead.id(), actor, actor);
    audit.record("CREATE", RECORD_TYPE, study.id());
    audit.record("LEAD_OF_STUDY", "account", lead.id());
    return study;
  }

  /**
   * Proposes a RESEARCHER account for the study. The researcher sees nothing of it until the
   * study's lead accepts, so an administrator cannot on their own give anyone a study's data.
   * Proposing twice changes nothing.
   */
  @Transactional
  public void assign(UUID studyId, String username, String actor) {
    studies.findById(studyId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, studyId));
    Account account = researcher("username", username);
    studies.assign(studyId, account.id(), actor, null);
    audit.record("PROPOSE_RESEARCHER", RECORD_TYPE, studyId);
    audit.record("PROPOSED_FOR_STUDY", "account", account.id());
  }

  /** The lead accepts a proposed researcher; anyone else gets a 404. */
  @Transactional
  public void accept(UUID studyId, UUID accountId, SignedInUser lead) {
    visible(studyId, lead, "ACCEPT_RESEARCHER");
    if (!isLead(studyId, lead)) {
      audit.denied("ACCEPT_RESEARCHER", RECORD_TYPE, studyId);
      throw new RecordNotFoundException(RECORD_TYPE, studyId);
    }
    if (!studies.accept(studyId, accountId, lead.username())) {
      throw new RecordNotFoundException("proposal", accountId);
    }
    audit.record("ACCEPT_RESEARCHER", RECORD_TYPE, studyId);
    audit.record("JOINED_STUDY", "account", accountId);
  }

  /** Whether this person is the study's lead researcher. */
  public boolean isLead(UUID studyId, SignedInUser person) {
    return studies.lead(studyId).map(person.id()::equals).orElse(false);
  }

  /** Whether this account is the study's lead researcher. */
  boolean isLeadId(UUID studyId, UUID accountId) {
    return studies.lead(studyId).map(accountId::equals).orElse(false);
  }

  /** The researchers of a study as its members see them, pending proposals included. */
  @Transactional
  public List<StudyResearcher> members(UUID studyId, SignedInUser reader) {
    visible(studyId, reader, "LIST");
    return studies.researchers(studyId);
  }

  private Account researcher(String field, String username) {
    Account account =
        accounts
            .byUsername(username == null ? "" : username.strip())
            .orElseThrow(() -> new BadInputException(field, "no account with that username"));
    if (account.role() != Role.RESEARCHER) {
      throw new BadInputException(field, account.username() + " is not a researcher");
    }
    return account;
  }

  @Transactional
  public void unassign(UUID studyId, UUID accountId) {
    studies.findById(studyId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, studyId));
    if (studies.lead(studyId).map(accountId::equals).orElse(false)) {
      throw new BadInputException("accountId", "the lead researcher stays with the study");
    }
    if (!studies.unassign(studyId, accountId)) {
      throw new RecordNotFoundException("assignment", accountId);
    }
    audit.record("UNASSIGN_RESEARCHER", RECORD_TYPE, studyId);
    audit.record("UNASSIGNED_FROM_STUDY", "account", accountId);
  }
}
