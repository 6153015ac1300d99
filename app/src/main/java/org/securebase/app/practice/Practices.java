package org.securebase.app.practice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.journal.ActivationLog;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.app.journal.SupportLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.app.plan.ObjectiveProgressSource;
import org.securebase.core.practice.CrisisLanguageStop;
import org.securebase.core.practice.HypnosisContraindication;
import org.securebase.core.practice.InvalidPracticeInputException;
import org.securebase.core.practice.PracticeAssociation;
import org.securebase.core.practice.PracticeScript;
import org.securebase.core.practice.PracticeScriptWriter;
import org.securebase.core.practice.ScriptSentence;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guided practice, the feature's public face: a clinician (or the client, as a request) builds a
 * practice from the core's templates, the clinician previews, edits and approves it, and only then
 * does the client see it. Crisis language in an input stops the builder and flags it to the
 * clinician as the journal does. Every read and write is audited; anyone but the client and their
 * clinician gets a 404.
 */
@Component
public class Practices implements ObjectiveProgressSource {

  static final String RECORD = "practice";

  private final PracticeRepository practices;
  private final PracticeAccess access;
  private final Caseload caseload;
  private final ActivationLog activations;
  private final SupportLog support;
  private final CrisisFlags flags;
  private final PracticeRenderer renderer;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  Practices(
      PracticeRepository practices,
      PracticeAccess access,
      Caseload caseload,
      ActivationLog activations,
      SupportLog support,
      CrisisFlags flags,
      PracticeRenderer renderer,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.practices = practices;
    this.access = access;
    this.caseload = caseload;
    this.activations = activations;
    this.support = support;
    this.flags = flags;
    this.renderer = renderer;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /** The builder stopped on crisis language: nothing was stored but the flag. */
  public static final class CrisisStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CrisisStopped() {
      super("crisis language");
    }
  }

  // ---- building

  /**
   * The builder pre-filled from the client's own logs: the pull and trigger of the latest
   * activation, "named it" when it was noticed and named, the roles whose support helped, and
   * grounding when the last practice asked for grounding only.
   */
  @Transactional
  public PracticeForm builderDefaults(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    return PracticeDefaults.of(
        activations.list(clientId, user),
        support.list(clientId, user),
        groundingOnlySuggested(clientId));
  }

  /**
   * Builds a draft. Throws {@link CrisisStopped} (after flagging) when the aspiration holds crisis
   * language, and {@link BadInputException} naming the field for anything else refused.
   */
  @Transactional(noRollbackFor = CrisisStopped.class)
  public Practice build(UUID clientId, PracticeForm form, SignedInUser user) {
    caseload.read(clientId, user);
    boolean byClient = user.role() == Role.CLIENT;
    HypnosisPermission permission = practices.permission(clientId);
    PracticeScript script;
    try {
      script = PracticeScriptWriter.builtIn().write(form.inputs(), permission.enabled());
    } catch (CrisisLanguageStop stop) {
      UUID attempt = UUID.randomUUID();
      flags.raise(clientId, "PRACTICE", attempt, stop.finding().phraseListVersion());
      throw new CrisisStopped();
    } catch (InvalidPracticeInputException e) {
      throw new BadInputException(
          e.field(),
          messages.getMessage(e.code(), e.arguments().toArray(), e.getMessage(), locale()));
    }
    UUID id = UUID.randomUUID();
    Practice practice =
        new Practice(
            id,
            clientId,
            user.id(),
            now(),
            byClient,
            Practice.Status.DRAFT,
            script.inputs(),
            script,
            false,
            0,
            null,
            null,
            null);
    practices.insert(practice, permission.enabled(), now());
    audit.record("CREATE", RECORD, id);
    return practices.find(id).orElseThrow();
  }

  // ---- reading

  /** The client's practices: all of them for their clinician, only approved ones for the client. */
  @Transactional
  public List<Practice> list(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    audit.record("LIST", RECORD, "client:" + clientId);
    return practices.ofClient(clientId).stream()
        .filter(p -> user.role() != Role.CLIENT || p.approved())
        .toList();
  }

  /** One practice; a client reaches only their own approved ones, anything else is a 404. */
  @Transactional
  public Practice read(UUID practiceId, SignedInUser user) {
    Practice p = access.visible(practiceId, user, "READ");
    audit.record("READ", RECORD, practiceId);
    return p;
  }

  // ---- editing and approving

  /**
   * Replaces the sentences' words with the clinician's edits (same order; a blank edit drops the
   * sentence), based on {@code basedOn}. Crisis phrases or forbidden content in an edit are refused
   * naming the sentence; a stale version is a 409.
   */
  @Transactional
  public Practice edit(UUID practiceId, List<String> texts, int basedOn, SignedInUser user) {
    Practice p = access.clinicians(practiceId, user, "UPDATE");
    List<ScriptSentence> sentences = p.script().sentences();
    if (texts == null || texts.size() != sentences.size()) {
      throw new BadInputException("sentences", message("practice.edit.count"));
    }
    List<ScriptSentence> edited = ScriptEdits.apply(sentences, texts, this::message);
    if (edited.isEmpty()) {
      throw new BadInputException("sentences", message("practice.edit.empty"));
    }
    PracticeScript script =
        new PracticeScript(
                p.script().templateVersion(), p.inputs(), edited, p.script().closingSeconds())
            .withSpeechSeconds(edited.stream().map(ScriptSentence::speechSeconds).toList());
    if (!practices.updateScript(practiceId, basedOn, script)) {
      throw new StaleEditException(RECORD, practiceId);
    }
    audit.record("UPDATE", RECORD, practiceId);
    return practices.find(practiceId).orElseThrow();
  }

  /** Approves the draft (optionally as homework for an objective) and starts its audio. */
  @Transactional
  public Practice approve(UUID practiceId, int basedOn, UUID objectiveKey, SignedInUser user) {
    Practice p = approveOnly(practiceId, basedOn, objectiveKey, user);
    practices.queueAudio(practiceId, basedOn + 1, now());
    renderer.renderAfterCommit(practiceId);
    return p;
  }

  /**
   * Approves without starting the audio: it is made the first time someone opens the practice (the
   * demo seeds this way, so start-up never waits for speech synthesis).
   */
  @Transactional
  public Practice approveRenderingLater(
      UUID practiceId, int basedOn, UUID objectiveKey, SignedInUser user) {
    return approveOnly(practiceId, basedOn, objectiveKey, user);
  }

  private Practice approveOnly(UUID practiceId, int basedOn, UUID objectiveKey, SignedInUser user) {
    access.clinicians(practiceId, user, "APPROVE");
    if (!practices.approve(practiceId, basedOn, user.id(), now(), objectiveKey)) {
      throw new StaleEditException(RECORD, practiceId);
    }
    audit.record("APPROVE", RECORD, practiceId);
    return practices.find(practiceId).orElseThrow();
  }

  // ---- audio

  /** How far the audio is; an approved practice never rendered (the demo's) is queued now. */
  @Transactional
  public AudioState audioState(UUID practiceId, SignedInUser user) {
    Practice p = access.visible(practiceId, user, "READ");
    AudioState state = practices.audioState(practiceId);
    if (p.approved()
        && (state.status() == AudioState.Status.NONE || renderer.stalled(practiceId))) {
      practices.queueAudio(practiceId, p.version(), now());
      renderer.renderAfterCommit(practiceId);
      return practices.audioState(practiceId);
    }
    return state;
  }

  /** The decrypted audio for the client or their clinician; 404 until it is rendered. */
  @Transactional
  public byte[] audio(UUID practiceId, SignedInUser user) {
    access.visible(practiceId, user, "READ");
    audit.record("READ", "practice_audio", practiceId);
    return practices
        .audio(practiceId)
        .orElseThrow(() -> new RecordNotFoundException("practice_audio", practiceId));
  }

  // ---- sessions and the before/after check

  /** Starts a session with the "before" check; returns its id. */
  @Transactional
  public UUID startSession(UUID practiceId, int settled, int real, SignedInUser user) {
    Practice p = access.visible(practiceId, user, "CREATE");
    if (user.role() != Role.CLIENT) {
      throw new RecordNotFoundException(RECORD, practiceId);
    }
    checkScore("beforeSettled", settled);
    checkScore("beforeReal", real);
    UUID id = UUID.randomUUID();
    practices.insertSession(
        new PracticeSession(
            id, p.id(), p.clientId(), now(), settled, real, null, null, null, null, false));
    audit.record("CREATE", "practice_session", id);
    return id;
  }

  /**
   * Completes a session with the "after" check. A lower settled or realness score than before, or
   * feeling unreal, marks it grounding-only: the client is told, the clinician sees it.
   */
  @Transactional
  public PracticeSession completeSession(
      UUID sessionId, int settled, int real, boolean unreal, SignedInUser user) {
    PracticeSession s =
        practices
            .session(sessionId)
            .filter(x -> user.role() == Role.CLIENT && x.clientId().equals(user.clientId()))
            .orElseThrow(() -> new RecordNotFoundException("practice_session", sessionId));
    checkScore("afterSettled", settled);
    checkScore("afterReal", real);
    boolean groundingOnly = unreal || settled < s.beforeSettled() || real < s.beforeReal();
    if (!practices.completeSession(
        sessionId, s.clientId(), now(), settled, real, unreal, groundingOnly)) {
      throw new StaleEditException("practice_session", sessionId);
    }
    audit.record("UPDATE", "practice_session", sessionId);
    return practices.session(sessionId).orElseThrow();
  }

  /** The client's sessions, oldest first (the client or their clinician). */
  @Transactional
  public List<PracticeSession> sessions(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    audit.record("LIST", "practice_session", "client:" + clientId);
    return practices.sessionsOf(clientId);
  }

  private boolean groundingOnlySuggested(UUID clientId) {
    return PracticeHistory.groundingOnlyAsked(practices.sessionsOf(clientId));
  }

  /** Whether the client's latest completed practice asked for grounding only. */
  @Transactional
  public boolean groundingOnlySuggested(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    return groundingOnlySuggested(clientId);
  }

  /** Completed practices count toward the objective they were assigned to as homework. */
  @Override
  public Map<UUID, Integer> countsFor(UUID clientId) {
    return completedByObjective(clientId);
  }

  /** Completed practices per treatment-plan objective they were assigned to. */
  @Transactional(readOnly = true)
  public Map<UUID, Integer> completedByObjective(UUID clientId) {
    return PracticeHistory.completedByObjective(
        practices.ofClient(clientId), practices.sessionsOf(clientId));
  }

  /** Practice frequency beside recovery time: an association for this person, never proof. */
  @Transactional
  public PracticeAssociation association(UUID clientId, SignedInUser user) {
    return PracticeHistory.association(
        activations.list(clientId, user), practices.sessionsOf(clientId));
  }

  // ---- hypnosis-style permission

  @Transactional
  public HypnosisPermission permission(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    return practices.permission(clientId);
  }

  /**
   * Records the checklist: enabled only when {@code confirmedNone} and nothing is present (a
   * clinician who ticks a contraindication disables it).
   */
  @Transactional
  public HypnosisPermission decideHypnosis(
      UUID clientId,
      Set<HypnosisContraindication> present,
      boolean confirmedNone,
      SignedInUser user) {
    if (user.role() != Role.CLINICIAN) {
      throw new RecordNotFoundException("client", clientId);
    }
    caseload.read(clientId, user);
    Set<HypnosisContraindication> safe = EnumSet.noneOf(HypnosisContraindication.class);
    if (present != null) {
      safe.addAll(present);
    }
    if (safe.isEmpty() && !confirmedNone) {
      throw new BadInputException("confirmedNone", message("practice.hypnosis.confirm-required"));
    }
    practices.insertPermission(clientId, safe.isEmpty(), safe, user.id(), now());
    audit.record("UPDATE", "practice_permission", "client:" + clientId);
    return practices.permission(clientId);
  }

  private void checkScore(String field, int score) {
    if (score < 0 || score > 10) {
      throw new BadInputException(field, message("practice.check.range"));
    }
  }

  private String message(String code) {
    return messages.getMessage(code, null, code, locale());
  }

  private static java.util.Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
