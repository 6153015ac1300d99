package org.securebase.app.library;

/**
 * A numbered source from the evidence library.
 *
 * @param number its number, as cited in articles
 * @param tier 1 peer-reviewed study or review, 2 book chapter, 3 professional explainer
 * @param citation the reference
 */
public record Source(int number, int tier, String citation) {

  public String tierName() {
    return switch (tier) {
      case 1 -> "Tier 1: peer-reviewed study or review";
      case 2 -> "Tier 2: book chapter";
      default -> "Tier 3: professional explainer";
    };
  }
}
