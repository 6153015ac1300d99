/**
 * Guided practice scripts built from the team's versioned sentence templates: every sentence says
 * which template it came from, which input chose it and which source (or editorial mark) stands
 * behind it, so a clinician can read why each line is there before approving it.
 */
package org.securebase.core.practice;
