package org.securebase.app.plan;

import java.util.List;
import java.util.UUID;

/**
 * Work outside sessions that is linked to an objective and listed under it on the plan page, such
 * as an approved guided practice assigned as homework. Another feature implements it; the plan
 * shows the items without knowing that feature (the same arrangement as {@link
 * ObjectiveProgressSource}, which counts them toward the objective's status).
 */
public interface ObjectiveWork {

  /**
   * One piece of linked work: a label already in the reader's words, the page that opens it, and
   * how many times the client completed it.
   */
  record Item(UUID objectiveKey, String label, String href, int completed) {}

  /** The linked work of {@code clientId}, in the order it should be listed. */
  List<Item> linkedTo(UUID clientId);
}
