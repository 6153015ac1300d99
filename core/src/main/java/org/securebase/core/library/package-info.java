/**
 * Psychoeducation articles in which every sentence carries its evidence: a numbered source from the
 * evidence library, or an explicit mark that the sentence is the team's editorial voice.
 */
package org.securebase.core.library;
