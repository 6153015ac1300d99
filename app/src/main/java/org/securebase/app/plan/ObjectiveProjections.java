package org.securebase.app.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.core.scheduling.SessionProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Objectives counted in sessions ("by session 16"), read off the booked calendar: the date the
 * deadline session falls on as the series was booked and as it stands now, with a warning when
 * cancellations push it later (core {@link SessionProjection}). Objectives with a date deadline and
 * objectives already reached get no projection.
 */
@Component
public class ObjectiveProjections {

  private final ObjectProvider<BookedSessions> calendar;

  ObjectiveProjections(ObjectProvider<BookedSessions> calendar) {
    this.calendar = calendar;
  }

  /** By objective key, for the plan page already read (the caller checked access). */
  public Map<UUID, SessionProjection> of(UUID clientId, PlanPage page) {
    BookedSessions booked = calendar.getIfAvailable();
    if (!page.exists() || booked == null) {
      return Map.of();
    }
    List<SessionProjection.Upcoming> upcoming = null;
    Map<UUID, SessionProjection> projections = new LinkedHashMap<>();
    int held = page.sessions().size();
    for (PlanObjective o : page.current().objectives()) {
      Integer session = o.deadline().session();
      if (session == null || session <= held) {
        continue;
      }
      if (upcoming == null) {
        upcoming = booked.upcoming(clientId);
      }
      projections.put(o.key(), SessionProjection.of(session, held, upcoming));
    }
    return projections;
  }
}
