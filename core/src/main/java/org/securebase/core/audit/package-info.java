/**
 * Tamper evidence for an append-only log: the Merkle tree hash of RFC 9162 (Certificate
 * Transparency 2.0; Laurie, Messeri and Stradling 2021), kept as a compact range so that a log of
 * any length is extended in constant memory.
 */
package org.securebase.core.audit;
