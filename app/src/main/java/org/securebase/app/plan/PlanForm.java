package org.securebase.app.plan;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A plan as the clinician edits it: formulation, obstacles checklist and objective rows. {@code
 * basedOn} is the version the edit started from (0 for a new plan); a stale one is refused.
 */
public class PlanForm {

  @Size(max = 20000, message = "use at most 20,000 characters")
  private String formulation;

  private Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
  private List<ObjectiveForm> objectives = new ArrayList<>();
  private Integer basedOn;

  public String getFormulation() {
    return formulation;
  }

  public void setFormulation(String formulation) {
    this.formulation = formulation;
  }

  public Set<Obstacle> getObstacles() {
    return obstacles;
  }

  public void setObstacles(Set<Obstacle> obstacles) {
    this.obstacles = obstacles == null ? EnumSet.noneOf(Obstacle.class) : obstacles;
  }

  public List<ObjectiveForm> getObjectives() {
    return objectives;
  }

  public void setObjectives(List<ObjectiveForm> objectives) {
    this.objectives = objectives;
  }

  public Integer getBasedOn() {
    return basedOn;
  }

  public void setBasedOn(Integer basedOn) {
    this.basedOn = basedOn;
  }
}
