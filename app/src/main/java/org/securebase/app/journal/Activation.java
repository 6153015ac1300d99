package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One logged activation. {@code doneInstead} is the client's own words, decrypted only for the
 * client, or for their clinician when {@code notesShared}; otherwise null.
 */
public record Activation(
    UUID id,
    UUID clientId,
    OffsetDateTime occurredAt,
    TriggerType trigger,
    Pull pull,
    boolean noticedAndNamed,
    String doneInstead,
    boolean notesShared,
    int minutesUntilSettled,
    boolean flagged) {}
