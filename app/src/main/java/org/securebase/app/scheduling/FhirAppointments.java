package org.securebase.app.scheduling;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.measure.FhirContribution;
import org.springframework.stereotype.Component;

/**
 * The client's appointments as FHIR R4 {@code Appointment} resources in their bundle: start, end
 * and length, the status mapped to FHIR's (booked, fulfilled, cancelled, noshow), the type in
 * words, the iCalendar UID as an identifier, and the client as the participant. No telehealth link
 * and no note leaves with it.
 */
@Component
class FhirAppointments implements FhirContribution {

  /** The identifier system of an appointment's iCalendar UID. */
  static final String UID_SYSTEM = "urn:securebase:appointment";

  private final AppointmentRepository appointments;
  private final SchedulingText text;
  private final AuditLog audit;

  FhirAppointments(AppointmentRepository appointments, SchedulingText text, AuditLog audit) {
    this.appointments = appointments;
    this.text = text;
    this.audit = audit;
  }

  @Override
  public List<Resource> resourcesFor(UUID clientId) {
    audit.record("EXPORT", AppointmentRepository.TABLE, "fhir:" + clientId);
    List<Resource> resources = new ArrayList<>();
    for (Appointment a : appointments.ofClient(clientId)) {
      resources.add(resource(a));
    }
    return resources;
  }

  static AppointmentStatus status(org.securebase.core.scheduling.AppointmentStatus status) {
    return switch (status) {
      case SCHEDULED -> AppointmentStatus.BOOKED;
      case ATTENDED -> AppointmentStatus.FULFILLED;
      case CANCELLED, LATE_CANCELLED, CLINICIAN_CANCELLED -> AppointmentStatus.CANCELLED;
      case NO_SHOW -> AppointmentStatus.NOSHOW;
    };
  }

  private org.hl7.fhir.r4.model.Appointment resource(Appointment a) {
    org.hl7.fhir.r4.model.Appointment r = new org.hl7.fhir.r4.model.Appointment();
    r.setId(a.id().toString());
    r.addIdentifier(new Identifier().setSystem(UID_SYSTEM).setValue(a.icalUid()));
    r.setStatus(status(a.status()));
    r.setAppointmentType(new CodeableConcept().setText(text.typeLabel(a.typeCode())));
    r.setStart(Date.from(a.start()));
    r.setEnd(Date.from(a.end()));
    r.setMinutesDuration((int) a.minutes());
    r.addParticipant()
        .setActor(new Reference("urn:uuid:" + a.clientId()))
        .setStatus(
            a.status() == org.securebase.core.scheduling.AppointmentStatus.CANCELLED
                    || a.status() == org.securebase.core.scheduling.AppointmentStatus.LATE_CANCELLED
                ? ParticipationStatus.DECLINED
                : ParticipationStatus.ACCEPTED);
    return r;
  }
}
