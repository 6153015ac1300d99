/**
 * Scheduling: clinicians' hours and breaks, appointments and weekly series with no double booking,
 * the client's view of their appointments, reminders and invitations, and the frame of the work
 * measured (sessions held as scheduled, clinician cancellations, gaps).
 */
package org.securebase.app.scheduling;
