/**
 * The therapeutic frame in time: a clinician's weekly hours in their own zone, absences and one-off
 * changes, appointment types with buffers, free slots, conflicts, and weekly or fortnightly series
 * whose every occurrence keeps its local wall-clock time across daylight-saving changes (RFC 5545
 * recurrence, computed by ical4j).
 */
package org.securebase.core.scheduling;
