package org.securebase.app.study;

import java.util.UUID;

/** A researcher assigned to a study: account id, username and display name. */
public record StudyResearcher(UUID accountId, String username, String displayName) {}
