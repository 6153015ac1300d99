package org.securebase.core.measure;

import java.util.List;

/**
 * A licensed wording file does not match its instrument definition. The message and {@link
 * #unknownIds()} / {@link #missingIds()} name the item ids concerned; nothing is imported.
 */
public class WordingImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> unknownIds;
  private final List<String> missingIds;

  public WordingImportException(String message, List<String> unknownIds, List<String> missingIds) {
    super(message);
    this.unknownIds = List.copyOf(unknownIds);
    this.missingIds = List.copyOf(missingIds);
  }

  /** Ids in the file that the definition does not have. */
  public List<String> unknownIds() {
    return unknownIds;
  }

  /** Ids of the definition that the file gives no (or blank) wording for. */
  public List<String> missingIds() {
    return missingIds;
  }
}
