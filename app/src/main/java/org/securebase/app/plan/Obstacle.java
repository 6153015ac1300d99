package org.securebase.app.plan;

/** The common obstacles a clinician watches for, as a checklist on the plan. */
public enum Obstacle {
  REPEATING_PARTNERS("Choosing partners who repeat the old pattern"),
  LEAVING_WHEN_HARD("Leaving therapy when it gets hard"),
  SURFACE_WORK("Work staying at the surface"),
  GIVING_UP_EARLY("Giving up too early"),
  SELF_BLAME("Self-blame taken as proof of being broken"),
  ISOLATION("Isolation"),
  UNADDRESSED_TRAUMA("Trauma not yet addressed");

  private final String label;

  Obstacle(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
