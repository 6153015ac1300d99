package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measure records the authorization matrix's requests refer to: an assignment and an answered
 * administration of the clinician's own client, two event notes, and an open administration of the
 * client person. Prepared once by {@code AuthorizationMatrixIT}.
 */
public final class MeasureMatrixFixture {

  private static UUID assignment;
  private static UUID completed;
  private static UUID clientOpen;
  private static UUID eventToEdit;
  private static UUID eventToDelete;
  private static JdbcClient jdbc;

  private MeasureMatrixFixture() {}

  public static void prepare(
      ApplicationContext context, SignedInUser clinician, SignedInUser clientPerson, Client own) {
    OutcomeMonitoring monitoring = context.getBean(OutcomeMonitoring.class);
    jdbc = context.getBean(JdbcClient.class);
    LocalDate today = monitoring.today();
    AssignmentForm form = new AssignmentForm();
    form.setInstrumentId("signs-of-security");
    form.setSchedule(Schedule.WEEKLY);
    form.setStartDate(today);
    form.setExpiryDays(5);
    assignment = monitoring.assign(own.id(), form, clinician, today).id();
    completed =
        monitoring
            .record(
                own.id(),
                "ecr-rs",
                today.minusDays(7),
                Map.of("partner.7", 5, "partner.8", 5, "partner.9", 4),
                clinician.id(),
                "PAPER",
                today)
            .id();
    monitoring.assign(clientPerson.clientId(), form, clinician, today);
    clientOpen = monitoring.dueForClient(clientPerson, today).get(0).administrationId();
    eventToEdit =
        monitoring
            .addEvent(
                own.id(), today, EventNote.Kind.LIFE_EVENT, "Moved house (synthetic)", clinician)
            .id();
    eventToDelete =
        monitoring
            .addEvent(own.id(), today, EventNote.Kind.OTHER, "To be removed (synthetic)", clinician)
            .id();
  }

  public static UUID assignment() {
    return assignment;
  }

  public static UUID completed() {
    return completed;
  }

  public static UUID clientOpen() {
    return clientOpen;
  }

  public static UUID eventToEdit() {
    return eventToEdit;
  }

  public static UUID eventToDelete() {
    return eventToDelete;
  }

  /**
   * The stored version of the client person's open administration, read when the request is built.
   */
  public static String clientOpenVersion() {
    return String.valueOf(
        jdbc.sql("SELECT version FROM measure_administration WHERE id = :id")
            .param("id", clientOpen)
            .query(Integer.class)
            .single());
  }

  /** A complete synthetic wording file for ECR-R 1.0. */
  public static String ecrRWording() {
    return MeasuresIT.ecrRWording(36);
  }

  /** The stored version of the RFQ-8 certainty parameter row, or empty when there is none yet. */
  public static String parameterVersion() {
    return jdbc.sql(
            "SELECT version FROM measure_change_parameter WHERE instrument_id = 'rfq-8'"
                + " AND subscale_id = 'certainty' AND target = ''")
        .query(Integer.class)
        .optional()
        .map(String::valueOf)
        .orElse("");
  }
}
