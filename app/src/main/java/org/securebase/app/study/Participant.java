package org.securebase.app.study;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A study participant under the pseudonymous code the study gave them. Pages and exports never show
 * this code either: they show a keyed hash of it ({@link org.securebase.app.crypto.PseudonymMac}).
 */
record Participant(UUID id, String code, LocalDate enrolledOn) {}
