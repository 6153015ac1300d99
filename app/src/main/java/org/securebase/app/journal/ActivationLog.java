package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.progress.Episode;
import org.securebase.core.progress.RecoveryTrend;
import org.securebase.core.safety.CrisisLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activation log: what fired, which pull, whether it was noticed and named, what was done
 * instead, and how long until settled. The trend over months comes from the core's {@link
 * RecoveryTrend}; this class never computes it itself.
 */
@Component
public class ActivationLog {

  static final String RECORD_TYPE = "activation";

  private final ClientLogRepository logs;
  private final SpaceAccess access;
  private final AuditLog audit;

  ActivationLog(ClientLogRepository logs, SpaceAccess access, AuditLog audit) {
    this.logs = logs;
    this.audit = audit;
    this.access = access;
  }

  /** What saving found: the new entry and whether its words raised a crisis flag. */
  public record Saved(UUID id, boolean crisisLanguage) {}

  @Transactional
  public Saved record(ActivationForm form, SignedInUser user) {
    UUID clientId = access.writer(user, RECORD_TYPE);
    UUID id = UUID.randomUUID();
    OffsetDateTime at = form.getOccurredAt().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    logs.insertActivation(id, clientId, at, form);
    audit.record("CREATE", RECORD_TYPE, id);
    // The trail says the client's record was written whether or not the words raised a crisis
    // flag: a separate "flag" row would tell anyone reading the trail who wrote crisis language.
    audit.record("UPDATE", "client", clientId);
    CrisisLanguage.Finding finding = CrisisLanguage.scan(form.getDoneInstead());
    if (finding.flagged()) {
      logs.insertFlag(clientId, "ACTIVATION", id, finding.phraseListVersion());
    }
    return new Saved(id, finding.flagged());
  }

  /** Oldest first; the notes only for the client or where they chose to share them. */
  @Transactional
  public List<Activation> list(UUID clientId, SignedInUser user) {
    access.reader(clientId, user);
    audit.record("LIST", RECORD_TYPE, "client:" + clientId);
    return logs.activations(clientId, SpaceAccess.isOwner(clientId, user));
  }

  /** Marks a hard time on the client's timeline. */
  @Transactional
  public UUID markSetback(SetbackForm form, SignedInUser user) {
    UUID clientId = access.writer(user, "setback");
    UUID id = UUID.randomUUID();
    logs.insertSetback(id, clientId, form);
    audit.record("CREATE", "setback", id);
    return id;
  }

  /** The hard times on the client's timeline, oldest first. */
  @Transactional
  public List<Setback> setbacks(UUID clientId, SignedInUser user) {
    access.reader(clientId, user);
    audit.record("LIST", "setback", "client:" + clientId);
    return logs.setbacks(clientId);
  }

  /** The recovery-time trend of these activations, in the client's plain words. */
  public static RecoveryInWords trend(List<Activation> activations) {
    return RecoveryInWords.of(RecoveryTrend.of(episodes(activations)));
  }

  /** The same trend as the client's clinician reads it: about the client, with the method. */
  public static RecoveryInWords trendForClinician(List<Activation> activations) {
    return RecoveryInWords.of(
        RecoveryTrend.of(episodes(activations)), RecoveryInWords.Reader.CLINICIAN);
  }

  static List<Episode> episodes(List<Activation> activations) {
    return activations.stream()
        .map(a -> new Episode(a.occurredAt().toInstant(), a.minutesUntilSettled()))
        .toList();
  }
}
