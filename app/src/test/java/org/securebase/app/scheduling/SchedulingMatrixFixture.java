package org.securebase.app.scheduling;

import java.util.UUID;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;

/**
 * The appointments the authorization matrix's requests refer to: the clinician's calendar with
 * weekday hours, an upcoming appointment of the client person (to read, cancel and export), and a
 * past one to mark attended. Prepared once by {@code AuthorizationMatrixIT}.
 */
public final class SchedulingMatrixFixture {

  private static UUID upcoming;
  private static UUID past;
  private static UUID clientsOwn;

  private SchedulingMatrixFixture() {}

  public static void prepare(
      ApplicationContext context, SignedInUser clinician, SignedInUser clientPerson, Client own) {
    SchedulingFixture.weekdayHours(context, clinician);
    upcoming =
        SchedulingFixture.book(context, clinician, own.id(), SchedulingFixture.monday(5) + "T09:00")
            .id();
    past =
        SchedulingFixture.book(
                context, clinician, own.id(), SchedulingFixture.pastWeekday() + "T12:00")
            .id();
    clientsOwn =
        SchedulingFixture.book(
                context, clinician, clientPerson.clientId(), SchedulingFixture.monday(5) + "T11:00")
            .id();
  }

  public static UUID upcoming() {
    return upcoming;
  }

  public static UUID past() {
    return past;
  }

  /** An upcoming appointment of the signed-in client person. */
  public static UUID clientsOwn() {
    return clientsOwn;
  }

  /** A booking body for the clinician's own client, {@code weeksAhead} Mondays on. */
  public static String booking(UUID clientId, int weeksAhead, String time, String extra) {
    return "{\"clientId\":\""
        + clientId
        + "\",\"start\":\""
        + SchedulingFixture.monday(weeksAhead)
        + "T"
        + time
        + "\",\"timeZone\":\"America/New_York\",\"durationMinutes\":50,\"type\":\"INDIVIDUAL\""
        + extra
        + "}";
  }
}
