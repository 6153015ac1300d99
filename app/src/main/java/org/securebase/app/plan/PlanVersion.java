package org.securebase.app.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One saved version of a treatment plan; versions are never changed once saved. */
public record PlanVersion(
    UUID id,
    UUID planId,
    int version,
    OffsetDateTime savedAt,
    String savedByName,
    String formulation,
    Set<Obstacle> obstacles,
    List<PlanObjective> objectives) {}
