/**
 * Interview transcripts and journal narratives as immutable speaker turns whose offsets point into
 * the original text, so that every later finding can be shown on the exact words that carry it.
 */
package org.securebase.core.transcript;
