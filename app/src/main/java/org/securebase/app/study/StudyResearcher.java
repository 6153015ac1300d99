package org.securebase.app.study;

import java.util.UUID;

/**
 * A researcher proposed for a study: account id, username, display name, whether the study's lead
 * has accepted them (only then do they see the study) and whether they are the lead.
 */
public record StudyResearcher(
    UUID accountId, String username, String displayName, boolean accepted, boolean lead) {}
