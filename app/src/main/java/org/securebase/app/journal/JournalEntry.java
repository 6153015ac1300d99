package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A journal entry. {@code prompt} is null for a free entry; {@code body} is decrypted only for the
 * client, or for the clinician when {@code shared}.
 */
public record JournalEntry(
    UUID id,
    UUID clientId,
    OffsetDateTime writtenAt,
    JournalPrompt prompt,
    String body,
    boolean shared,
    boolean flagged) {}
