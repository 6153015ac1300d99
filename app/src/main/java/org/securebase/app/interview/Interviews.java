package org.securebase.app.interview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.attachment.InfantCategory;
import org.securebase.core.attachment.InfantClassification;
import org.securebase.core.attachment.InvalidEntryException;
import org.securebase.core.attachment.Parent;
import org.securebase.core.transcript.Speaker;
import org.securebase.core.transcript.Transcript;
import org.securebase.core.transcript.TranscriptFormatException;
import org.securebase.core.transcript.TranscriptParser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview transcripts a person may work with, and the rules for importing and assigning them.
 *
 * <ul>
 *   <li>A CLINICIAN imports a transcript for a client of their own caseload (optionally with a
 *       study participant code) and sees the transcripts of their own clients and those they
 *       imported.
 *   <li>A CODER imports a transcript under a pseudonymous study participant code (never a client,
 *       whom a coder cannot see); the importing coder is assigned to it and acts as its lead coder.
 *   <li>The person who imported a transcript (and the clinician of its client) assigns coders. A
 *       coder sees only the transcripts assigned to them; any other transcript is a 404.
 *   <li>An ADMIN reads no clinical content, so cannot import or read transcripts.
 * </ul>
 *
 * Every read and write is audited; an import either stores the transcript, its turns and its
 * assignments together or stores nothing.
 */
@Component
public class Interviews {

  static final String RECORD_TYPE = "transcript";
  private static final Pattern PARTICIPANT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,60}");

  private final TranscriptRepository transcripts;
  private final Accounts accounts;
  private final AuditLog audit;
  private final TranscriptParser parser = TranscriptParser.defaults();
  private final Caseload clients;
  private final InfantRecords infant;

  Interviews(
      TranscriptRepository transcripts,
      Accounts accounts,
      AuditLog audit,
      Caseload clients,
      InfantRecords infant) {
    this.transcripts = transcripts;
    this.accounts = accounts;
    this.audit = audit;
    this.clients = clients;
    this.infant = infant;
  }

  /** The transcripts this person may see, without their text. */
  @Transactional
  public List<InterviewTranscript> list(SignedInUser user) {
    audit.record("LIST", RECORD_TYPE, "transcripts:" + user.id());
    return switch (user.role()) {
      case CLINICIAN -> transcripts.findForClinician(user.id());
      case CODER -> transcripts.findForCoder(user.id()).stream().map(Interviews::forCoder).toList();
      default -> List.of();
    };
  }

  /** The transcript with its text and turns; a 404 when this person may not see it. */
  @Transactional
  public InterviewTranscript read(UUID id, SignedInUser user) {
    InterviewTranscript t = visible(id, user, "READ");
    audit.record("READ", RECORD_TYPE, id);
    return t.withContent(transcripts.content(id));
  }

  /**
   * The transcript's metadata (coders, code) without its text, for pages that show a coding of it.
   * A 404 when this person may not see it. Not audited here: the caller audits what it reads.
   */
  @Transactional
  public InterviewTranscript describe(UUID id, SignedInUser user) {
    return visible(id, user, "READ");
  }

  /**
   * The metadata of an interview of the clinician's own client (not one they merely imported for a
   * client now on another caseload); a 404 otherwise. Not audited here: the caller audits what it
   * reads.
   */
  @Transactional(readOnly = true)
  public InterviewTranscript describeOwnClient(UUID id, SignedInUser clinician) {
    TranscriptRepository.Row row = rowVisible(id, clinician, "READ");
    if (clinician.role() != Role.CLINICIAN || !clinician.id().equals(row.clinicianId())) {
      audit.denied("READ", RECORD_TYPE, id);
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return row.transcript();
  }

  /**
   * Parses and stores a transcript with its turns and coder assignments, all or nothing.
   *
   * @param upload the bytes of an uploaded file, or null to use the pasted {@code content}
   * @throws BadInputException naming the field (and, for the text, the line or JSON field)
   */
  @Transactional
  public InterviewTranscript importTranscript(
      TranscriptImport form, byte[] upload, SignedInUser user) {
    String code = blankToNull(form.getParticipantCode());
    if (code != null && !PARTICIPANT_CODE.matcher(code).matches()) {
      throw new BadInputException(
          "participantCode",
          "use 1 to 60 letters, digits, dots, hyphens or underscores (a pseudonymous code, not a"
              + " name)");
    }
    UUID clientId = form.getClientId();
    switch (user.role()) {
      case CLINICIAN -> {
        if (clientId == null) {
          throw new BadInputException("clientId", "choose the client this interview belongs to");
        }
        if (!clients.isOnCaseload(clientId, user)) {
          throw new BadInputException("clientId", "no such client in your caseload");
        }
      }
      case CODER -> {
        if (clientId != null) {
          throw new BadInputException(
              "clientId", "a coder imports under a study participant code, not a client");
        }
        if (code == null) {
          throw new BadInputException("participantCode", "a study participant code is required");
        }
      }
      default -> throw new BadInputException("role", "only clinicians and coders import");
    }
    List<Account> coders = codersNamed(form.getCoders());
    Transcript transcript = parse(form.getContent(), upload);
    String format = looksLikeJson(transcript, form.getContent(), upload) ? "JSON" : "TEXT";

    UUID id = UUID.randomUUID();
    transcripts.insert(id, code, clientId, user.id(), format, transcript, wordCount(transcript));
    audit.record("IMPORT", RECORD_TYPE, id);
    if (user.role() == Role.CODER) {
      transcripts.assign(id, user.id(), user.id());
      audit.record("ASSIGN", RECORD_TYPE, id + ":" + user.username());
    }
    for (Account coder : coders) {
      if (transcripts.assign(id, coder.id(), user.id())) {
        audit.record("ASSIGN", RECORD_TYPE, id + ":" + coder.username());
      }
    }
    return transcripts.findById(id).orElseThrow().transcript().withContent(transcript);
  }

  /**
   * Assigns a coder (by username). Allowed to the person who imported the transcript and to the
   * clinician of its client; anyone else who can see it gets a 400 saying who may assign.
   */
  @Transactional
  public InterviewTranscript assign(UUID id, String coderUsername, SignedInUser user) {
    TranscriptRepository.Row row = rowVisible(id, user, "ASSIGN");
    boolean mayAssign =
        row.transcript().importedBy().equals(user.id())
            || (user.role() == Role.CLINICIAN && user.id().equals(row.clinicianId()));
    if (!mayAssign) {
      throw new BadInputException(
          "coder", "only the person who imported this transcript assigns its coders");
    }
    List<Account> coders = codersNamed(List.of(coderUsername == null ? "" : coderUsername));
    if (coders.isEmpty()) {
      throw new BadInputException("coder", "enter the username of a coder");
    }
    Account coder = coders.get(0);
    if (transcripts.assign(id, coder.id(), user.id())) {
      audit.record("ASSIGN", RECORD_TYPE, id + ":" + coder.username());
    }
    return transcripts.findById(id).orElseThrow().transcript();
  }

  /**
   * Records an infant Strange Situation classification of the participant (study data for the
   * prospective flag). Allowed to whoever may assign the transcript's coders.
   *
   * @throws BadInputException naming the field (category, caregiver or ageMonths)
   */
  @Transactional
  public List<InfantClassification> addInfantClassification(
      UUID id, String category, String caregiver, String ageMonths, SignedInUser user) {
    TranscriptRepository.Row row = rowVisible(id, user, "INFANT");
    boolean mayEnter =
        row.transcript().importedBy().equals(user.id())
            || (user.role() == Role.CLINICIAN && user.id().equals(row.clinicianId()));
    if (!mayEnter) {
      throw new BadInputException(
          "category", "only the person who imported this transcript enters study data for it");
    }
    InfantClassification c;
    try {
      double age;
      try {
        age = Double.parseDouble(ageMonths == null ? "" : ageMonths.strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new BadInputException("ageMonths", "enter the infant's age in months, e.g. 12");
      }
      c =
          new InfantClassification(
              InfantCategory.fromCode(category),
              Parent.of(caregiver == null || caregiver.isBlank() ? "MOTHER" : caregiver),
              age);
    } catch (InvalidEntryException e) {
      String field = e.field().equals("infantClassification") ? "category" : e.field();
      throw new BadInputException(field, e.getMessage().substring(e.field().length() + 2));
    }
    infant.addForTranscript(id, c, user.id());
    audit.record("INFANT", RECORD_TYPE, id);
    return infant.ofTranscript(id);
  }

  /**
   * The infant classifications of a transcript's participant: those entered on it and, once it is
   * linked to a study participant, that participant's study rows (one record, read by both).
   * Callers have already checked that the person may see the transcript.
   */
  public List<InfantClassification> infantClassifications(UUID id) {
    return infant.ofTranscript(id);
  }

  /**
   * The transcripts imported under a pseudonymous participant code, oldest first, without their
   * text or their client. Only for features that show no more than a coding's result of them (a
   * study taking a final coding into a participant's wave); the caller audits what it shows.
   */
  public List<UUID> idsOfParticipant(String participantCode) {
    return participantCode == null || participantCode.isBlank()
        ? List.of()
        : transcripts.idsOfParticipant(participantCode.strip());
  }

  /** True when the coder is assigned to the transcript. */
  public boolean isAssigned(UUID transcriptId, UUID coderId) {
    return transcripts.codersOf(transcriptId).stream().anyMatch(c -> c.id().equals(coderId));
  }

  /** The transcripts a coder is assigned to, without text; for reports over a coder's work. */
  public List<InterviewTranscript> assignedTo(SignedInUser coder) {
    if (coder.role() != Role.CODER) {
      return List.of();
    }
    return transcripts.findForCoder(coder.id()).stream().map(Interviews::forCoder).toList();
  }

  private Transcript parse(String content, byte[] upload) {
    Transcript transcript;
    try {
      if (upload != null && upload.length > 0) {
        transcript = parser.parse(upload);
      } else if (content == null || content.isBlank()) {
        throw new BadInputException("content", "paste a transcript or choose a file");
      } else {
        transcript = parser.parse(content);
      }
    } catch (TranscriptFormatException e) {
      throw new BadInputException(
          upload != null && upload.length > 0 ? "file" : "content", e.getMessage());
    }
    if (transcript.turns().stream().noneMatch(t -> t.speaker() == Speaker.PARTICIPANT)) {
      throw new BadInputException(
          "content",
          "line 1: no speaker prefixes found; an interview needs turns marked I: / R: (or"
              + " Interviewer: / Participant:), or JSON turns");
    }
    return transcript;
  }

  private static boolean looksLikeJson(Transcript t, String content, byte[] upload) {
    String start =
        upload != null && upload.length > 0
            ? new String(
                upload, 0, Math.min(upload.length, 16), java.nio.charset.StandardCharsets.UTF_8)
            : content;
    String s = start == null ? "" : start.stripLeading();
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.startsWith("{") || s.startsWith("[");
  }

  private List<Account> codersNamed(List<String> usernames) {
    Set<Account> found = new LinkedHashSet<>();
    for (String raw : usernames == null ? List.<String>of() : usernames) {
      for (String name : raw.split("[,\\s]+")) {
        if (name.isBlank()) {
          continue;
        }
        Account a =
            accounts
                .byUsername(name.strip())
                .filter(acc -> acc.role() == Role.CODER && acc.enabled())
                .orElseThrow(
                    () -> new BadInputException("coders", "'" + name.strip() + "' is not a coder"));
        found.add(a);
      }
    }
    return List.copyOf(found);
  }

  private InterviewTranscript visible(UUID id, SignedInUser user, String action) {
    InterviewTranscript t = rowVisible(id, user, action).transcript();
    return user.role() == Role.CODER ? forCoder(t) : t;
  }

  private TranscriptRepository.Row rowVisible(UUID id, SignedInUser user, String action) {
    TranscriptRepository.Row row =
        transcripts.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    InterviewTranscript t = row.transcript();
    boolean allowed =
        switch (user.role()) {
          case CLINICIAN -> user.id().equals(row.clinicianId()) || t.importedBy().equals(user.id());
          case CODER -> t.isAssigned(user.id());
          default -> false;
        };
    if (!allowed) {
      audit.denied(action, RECORD_TYPE, id);
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return row;
  }

  /** A coder never sees which client a transcript belongs to, only its participant code. */
  private static InterviewTranscript forCoder(InterviewTranscript t) {
    return new InterviewTranscript(
        t.id(),
        t.participantCode(),
        null,
        null,
        t.importedBy(),
        t.importedByName(),
        t.sourceFormat(),
        t.turnCount(),
        t.wordCount(),
        t.createdAt(),
        t.coders(),
        t.content());
  }

  static int wordCount(Transcript t) {
    int words = 0;
    for (var turn : t.turns()) {
      String s = t.textOf(turn).strip();
      if (!s.isEmpty()) {
        words += s.split("\\s+").length;
      }
    }
    return words;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
