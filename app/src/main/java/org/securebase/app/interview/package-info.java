/**
 * Imported AAI interview transcripts: stored encrypted with their speaker turns, linked to a client
 * or a pseudonymous study participant code, and seen only by the people assigned to them.
 */
package org.securebase.app.interview;
