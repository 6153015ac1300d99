package org.securebase.app.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.Caseload;
import org.securebase.app.journal.Activation;
import org.securebase.app.journal.ActivationLog;
import org.securebase.app.journal.CrisisFlags;
import org.securebase.app.journal.SupportEvent;
import org.securebase.app.journal.SupportLog;
import org.securebase.app.journal.SupportOutcome;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.app.plan.ObjectiveProgressSource;
import org.securebase.core.practice.CrisisLanguageStop;
import org.securebase.core.practice.ForbiddenContent;
import org.securebase.core.practice.HypnosisContraindication;
import org.securebase.core.practice.InvalidPracticeInputException;
import org.securebase.core.practice.PracticeAssociation;
import org.securebase.core.practice.PracticeInputs;
import org.securebase.core.practice.PracticeScript;
import org.securebase.core.practice.PracticeScriptWriter;
import org.securebase.core.practice.ScriptSentence;
import org.securebase.core.progress.Episode;
import org.securebase.core.safety.CrisisLanguage;
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
      Caseload caseload,
      ActivationLog activations,
      SupportLog support,
      CrisisFlags flags,
      PracticeRenderer renderer,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.practices = practices;
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
    PracticeForm form = new PracticeForm();
    List<Activation> logged = activations.list(clientId, user);
    if (!logged.isEmpty()) {
      Activation latest = logged.get(logged.size() - 1);
      form.setPull(PracticeInputs.Pull.valueOf(latest.pull().name()));
      form.setTrigger(PracticeInputs.Trigger.valueOf(latest.trigger().name()));
      form.setInstead(
          latest.noticedAndNamed()
              ? PracticeInputs.Instead.NAMED_IT
              : PracticeInputs.Instead.PAUSED);
    }
    Set<PracticeInputs.SupportRole> helped = EnumSet.noneOf(PracticeInputs.SupportRole.class);
    for (SupportEvent e : support.list(clientId, user)) {
      if (e.outcome() != SupportOutcome.DID_NOT_HELP) {
        helped.add(PracticeInputs.SupportRole.valueOf(e.role().name()));
      }
    }
    form.setSupportRoles(new ArrayList<>(helped));
    form.setStyle(
        groundingOnlySuggested(clientId)
            ? PracticeInputs.Style.GROUNDING
            : helped.isEmpty()
                ? PracticeInputs.Style.GROUNDING
                : PracticeInputs.Style.SECURE_BASE_IMAGERY);
    return form;
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
    Practice p = visible(practiceId, user, "READ");
    audit.record("READ", RECORD, practiceId);
    return p;
  }

  private Practice visible(UUID practiceId, SignedInUser user, String action) {
    Practice p =
        practices
            .find(practiceId)
            .orElseThrow(() -> new RecordNotFoundException(RECORD, practiceId));
    boolean allowed =
        switch (user.role()) {
          case CLINICIAN -> reachable(p.clientId(), user);
          case CLIENT -> p.clientId().equals(user.clientId()) && p.approved();
          default -> false;
        };
    if (!allowed) {
      audit.denied(action, RECORD, practiceId);
      throw new RecordNotFoundException(RECORD, practiceId);
    }
    return p;
  }

  /** The caseload's own check: a client not on this clinician's caseload is a 404 there. */
  private boolean reachable(UUID clientId, SignedInUser user) {
    caseload.read(clientId, user);
    return true;
  }

  private Practice clinicians(UUID practiceId, SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, RECORD, practiceId);
      throw new RecordNotFoundException(RECORD, practiceId);
    }
    return visible(practiceId, user, action);
  }

  // ---- editing and approving

  /**
   * Replaces the sentences' words with the clinician's edits (same order; a blank edit drops the
   * sentence), based on {@code basedOn}. Crisis phrases or forbidden content in an edit are refused
   * naming the sentence; a stale version is a 409.
   */
  @Transactional
  public Practice edit(UUID practiceId, List<String> texts, int basedOn, SignedInUser user) {
    Practice p = clinicians(practiceId, user, "UPDATE");
    List<ScriptSentence> sentences = p.script().sentences();
    if (texts == null || texts.size() != sentences.size()) {
      throw new BadInputException("sentences", message("practice.edit.count"));
    }
    List<ScriptSentence> edited = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String text = texts.get(i) == null ? "" : texts.get(i).strip().replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        continue;
      }
      String field = "sentences[" + i + "]";
      if (text.length() > 400) {
        throw new BadInputException(field, message("practice.edit.too-long"));
      }
      if (CrisisLanguage.scan(text).flagged() || !ForbiddenContent.breaches(text).isEmpty()) {
        throw new BadInputException(field, message("practice.edit.forbidden"));
      }
      ScriptSentence s = sentences.get(i);
      boolean changed = !text.equals(s.text());
      edited.add(
          new ScriptSentence(
              text,
              s.templateId(),
              s.reason(),
              changed ? s.source() + ", clinician-edited" : s.source(),
              changed
                  ? s.speechSeconds() * text.length() / Math.max(1, s.text().length())
                  : s.speechSeconds(),
              s.pauseWeight(),
              s.pauseSeconds()));
    }
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
    clinicians(practiceId, user, "APPROVE");
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
    Practice p = visible(practiceId, user, "READ");
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
    visible(practiceId, user, "READ");
    audit.record("READ", "practice_audio", practiceId);
    return practices
        .audio(practiceId)
        .orElseThrow(() -> new RecordNotFoundException("practice_audio", practiceId));
  }

  // ---- sessions and the before/after check

  /** Starts a session with the "before" check; returns its id. */
  @Transactional
  public UUID startSession(UUID practiceId, int settled, int real, SignedInUser user) {
    Practice p = visible(practiceId, user, "CREATE");
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
    List<PracticeSession> all = practices.sessionsOf(clientId);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).completed()) {
        return all.get(i).groundingOnly();
      }
    }
    return false;
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
    Map<UUID, UUID> objectiveOf =
        practices.ofClient(clientId).stream()
            .filter(p -> p.objectiveKey() != null)
            .collect(Collectors.toMap(Practice::id, Practice::objectiveKey));
    return practices.sessionsOf(clientId).stream()
        .filter(PracticeSession::completed)
        .filter(s -> objectiveOf.containsKey(s.practiceId()))
        .collect(
            Collectors.groupingBy(
                s -> objectiveOf.get(s.practiceId()), Collectors.summingInt(s -> 1)));
  }

  /** Practice frequency beside recovery time: an association for this person, never proof. */
  @Transactional
  public PracticeAssociation association(UUID clientId, SignedInUser user) {
    List<Episode> episodes =
        activations.list(clientId, user).stream()
            .map(a -> new Episode(a.occurredAt().toInstant(), a.minutesUntilSettled()))
            .toList();
    List<Instant> completed =
        practices.sessionsOf(clientId).stream()
            .filter(PracticeSession::completed)
            .map(s -> s.completedAt().toInstant())
            .toList();
    return PracticeAssociation.of(completed, episodes);
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
