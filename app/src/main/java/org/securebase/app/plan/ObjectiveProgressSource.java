package org.securebase.app.plan;

import java.util.Map;
import java.util.UUID;

/**
 * Progress toward a client's objectives recorded outside therapy sessions, such as guided practices
 * done as homework for an objective. Another feature implements it; the plan adds these counts to
 * the session counts when it works out an objective's status, without knowing that feature.
 */
public interface ObjectiveProgressSource {

  /** Completed units of work for {@code clientId}, by objective key. */
  Map<UUID, Integer> countsFor(UUID clientId);
}
