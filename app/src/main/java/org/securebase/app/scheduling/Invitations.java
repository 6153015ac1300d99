package org.securebase.app.scheduling;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.securebase.core.scheduling.AppointmentStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * iCalendar files for appointments (RFC 5545, scheduling methods of RFC 5546), written by biweekly.
 * A standing appointment is a {@code METHOD:REQUEST}; a cancelled one a {@code METHOD:CANCEL} with
 * {@code STATUS:CANCELLED}, the same UID and a higher SEQUENCE, so a calendar program removes the
 * event instead of keeping a stale copy. Times are written in UTC (biweekly's time-zone download is
 * never used). Titles and descriptions are neutral: no kind of care, no specialty, nothing
 * clinical, because calendars are shared, synced and glanced at by others.
 */
@Component
class Invitations {

  private final SchedulingText text;
  private final Clock clock;
  private final String organizerAddress;

  Invitations(
      SchedulingText text,
      Clock clock,
      @Value("${securebase.scheduling.organizer:no-reply@securebase.invalid}") String organizer) {
    this.text = text;
    this.clock = clock;
    this.organizerAddress = organizer;
  }

  /** The invitation (or cancellation) of one appointment, for the client. */
  String of(Appointment a, String clinicianName) {
    ICalendar ical = new ICalendar();
    boolean cancelled = !a.status().holdsTime();
    ical.setMethod(cancelled ? Method.cancel() : Method.request());
    ical.addEvent(event(a, clinicianName));
    return Biweekly.write(ical).go();
  }

  /** A clinician's private feed: every appointment, published (no method), neutral titles. */
  String feed(List<Appointment> appointments) {
    ICalendar ical = new ICalendar();
    ical.setMethod(Method.publish());
    for (Appointment a : appointments) {
      if (a.status().holdsTime()) {
        ical.addEvent(event(a, null));
      }
    }
    return Biweekly.write(ical).go();
  }

  private VEvent event(Appointment a, String clinicianName) {
    VEvent e = new VEvent();
    e.setUid(a.icalUid());
    e.setSequence(a.icalSequence());
    e.setDateTimeStamp(Date.from(clock.instant()));
    e.setDateStart(Date.from(a.start()), true);
    e.setDateEnd(Date.from(a.end()), true);
    e.setSummary(text.get("scheduling.ics.summary"));
    if (clinicianName != null) {
      e.setDescription(text.get("scheduling.ics.description", clinicianName));
      Organizer organizer = new Organizer(clinicianName, organizerAddress);
      e.setOrganizer(organizer);
      Attendee you = new Attendee(text.get("scheduling.ics.attendee"), null);
      you.setRole(Role.ATTENDEE);
      e.addAttendee(you);
    }
    e.setStatus(
        a.status() == AppointmentStatus.SCHEDULED || a.status() == AppointmentStatus.ATTENDED
            ? Status.confirmed()
            : Status.cancelled());
    return e;
  }
}
