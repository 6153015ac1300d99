/**
 * Safety checks on what clients write: a versioned list of self-harm and suicide phrases that, when
 * matched, puts crisis help on the screen at once and flags the entry for the clinician. A match is
 * never a risk assessment, and the absence of one never means that anyone is safe.
 */
package org.securebase.core.safety;
