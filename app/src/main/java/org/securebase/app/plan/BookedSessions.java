package org.securebase.app.plan;

import java.util.List;
import java.util.UUID;
import org.securebase.core.scheduling.SessionProjection;

/**
 * A client's sessions as booked on a calendar, for projecting objectives counted in sessions onto
 * dates. Another feature (scheduling) implements it; the plan reads it without knowing that
 * feature, and simply shows no dates where none implements it.
 */
public interface BookedSessions {

  /** The client's sessions still to come, in date order, cancelled occurrences included. */
  List<SessionProjection.Upcoming> upcoming(UUID clientId);
}
