package org.securebase.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.scheduling.AppointmentStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's FHIR bundle carries their appointments as FHIR Appointment resources (booked,
 * fulfilled, cancelled), each pointing at the bundle's Patient, and the whole bundle passes the
 * HAPI FHIR R4 validator without an error.
 */
class FhirAppointmentsIT extends IntegrationTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();

  @Autowired ApplicationContext context;
  @Autowired Appointments appointments;
  @Autowired MockMvc mvc;

  /** The appointment's id without the urn:uuid: or type prefix the parser may keep. */
  private static String uuid(org.hl7.fhir.r4.model.Appointment a) {
    String id = a.getIdElement().getIdPart();
    return id.substring(Math.max(id.lastIndexOf(':'), id.lastIndexOf('/')) + 1);
  }

  @Test
  void theBundleCarriesTheAppointmentsAndPassesTheHapiValidator() throws Exception {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SchedulingFixture.weekdayHours(context, clinician);
    Client client = workspace.clientOf(clinician, "synthetic");
    Appointment held =
        SchedulingFixture.book(
            context, clinician, client.id(), SchedulingFixture.pastWeekday() + "T10:00");
    appointments.record(held.id(), AppointmentStatus.ATTENDED, clinician);
    Appointment cancelled =
        SchedulingFixture.book(
            context, clinician, client.id(), SchedulingFixture.monday(1) + "T10:00");
    appointments.cancelByClinician(cancelled.id(), false, clinician);
    Appointment booked =
        SchedulingFixture.book(
            context, clinician, client.id(), SchedulingFixture.monday(2) + "T10:00");

    String json =
        mvc.perform(
                get("/api/clients/" + client.id() + "/fhir")
                    .accept(MediaType.APPLICATION_JSON)
                    .with(user(clinician)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);

    Map<String, org.hl7.fhir.r4.model.Appointment> byId =
        bundle.getEntry().stream()
            .filter(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Appointment)
            .map(e -> (org.hl7.fhir.r4.model.Appointment) e.getResource())
            .collect(Collectors.toMap(FhirAppointmentsIT::uuid, a -> a));
    assertThat(byId).hasSize(3);
    assertThat(byId.get(held.id().toString()).getStatus())
        .isEqualTo(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.FULFILLED);
    assertThat(byId.get(cancelled.id().toString()).getStatus())
        .isEqualTo(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CANCELLED);
    org.hl7.fhir.r4.model.Appointment next = byId.get(booked.id().toString());
    assertThat(next.getStatus())
        .isEqualTo(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED);
    assertThat(next.getStart().toInstant()).isEqualTo(booked.start());
    assertThat(next.getMinutesDuration()).isEqualTo(50);
    assertThat(next.getAppointmentType().getText()).isEqualTo("Individual session");
    assertThat(next.getParticipantFirstRep().getActor().getReference())
        .isEqualTo("urn:uuid:" + client.id());
    assertThat(next.getIdentifierFirstRep().getValue()).isEqualTo(booked.icalUid());

    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(FHIR),
            new InMemoryTerminologyServerValidationSupport(FHIR),
            new CommonCodeSystemsTerminologyService(FHIR));
    FhirValidator validator = FHIR.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    ValidationResult result = validator.validateWithResult(bundle);
    List<SingleValidationMessage> errors =
        result.getMessages().stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .toList();
    errors.forEach(m -> System.out.println("FHIR " + m.getLocationString() + " " + m.getMessage()));
    assertThat(errors).as("FHIR validation errors").isEmpty();
  }
}
