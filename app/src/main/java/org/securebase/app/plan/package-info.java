/**
 * The clinician's side of the work: treatment plans built from the seven objective templates, with
 * every version kept, sessions with encrypted notes and a progress-note draft, and objective status
 * by the core's stated rule.
 */
package org.securebase.app.plan;
