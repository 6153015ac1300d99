package org.securebase.app.study;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A research study shell: a short code and a title. Its participants and data sit in their own
 * tables and are reached only through {@link Studies}, which checks the researcher's assignment.
 */
public record Study(UUID id, String code, String title, OffsetDateTime createdAt) {}
