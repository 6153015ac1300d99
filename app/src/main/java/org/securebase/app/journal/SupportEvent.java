package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hard moment in which the client turned to a trusted person, named only by role, with the
 * client's short note: {@code note} is null for a reader who may not see it (the clinician, unless
 * the client shared it) and when there is none.
 */
public record SupportEvent(
    UUID id,
    UUID clientId,
    OffsetDateTime occurredAt,
    SupportRole role,
    SupportOutcome outcome,
    String note,
    boolean noteShared) {}
