package org.securebase.app.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A dated addition to a signed session note, by its author; the note itself stays as signed. */
public record SessionAddendum(UUID id, OffsetDateTime writtenAt, String authorName, String body) {}
