package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A hard moment in which the client turned to a trusted person, named only by role. */
public record SupportEvent(
    UUID id, UUID clientId, OffsetDateTime occurredAt, SupportRole role, SupportOutcome outcome) {}
