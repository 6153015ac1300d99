package org.securebase.app.interview;

import java.util.UUID;

/** A coder assigned to a transcript. */
public record AssignedCoder(UUID id, String username, String displayName) {}
