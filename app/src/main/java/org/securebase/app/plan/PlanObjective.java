package org.securebase.app.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.securebase.core.plan.Deadline;
import org.securebase.core.plan.ObjectiveTemplate;

/**
 * One SMART objective in one version of a plan. {@code key} stays the same across versions, so
 * progress recorded in sessions follows the objective through revisions.
 */
public record PlanObjective(
    UUID key,
    int position,
    ObjectiveTemplate template,
    int targetCount,
    Integer consecutive,
    Deadline deadline,
    String mechanism,
    int startSession,
    LocalDate startDate) {

  public String goal() {
    return template.goal();
  }

  /** The objective in words, numbers filled in. */
  public String wording() {
    return template.objective(targetCount, deadline, consecutive);
  }
}
