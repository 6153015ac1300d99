/**
 * The client's own space: the activation log with its recovery-time trend, the support log, the
 * journal with per-entry sharing, pathways in use, and the crisis flags raised by what a client
 * writes.
 */
package org.securebase.app.journal;
