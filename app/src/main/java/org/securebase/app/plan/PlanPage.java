package org.securebase.app.plan;

import java.util.List;
import java.util.UUID;

/** The plan page: the current version, every version, the objectives' standing and the sessions. */
public record PlanPage(
    UUID planId,
    PlanVersion current,
    List<PlanVersion> history,
    List<TreatmentPlans.Standing> standings,
    List<TherapySession> sessions) {

  public boolean exists() {
    return current != null;
  }
}
