package org.securebase.app.journal;

import java.time.LocalDate;
import java.util.UUID;

/** A hard time on the client's timeline: an event beside the activations, not a failure. */
public record Setback(UUID id, UUID clientId, LocalDate occurredOn, SetbackKind kind) {}
