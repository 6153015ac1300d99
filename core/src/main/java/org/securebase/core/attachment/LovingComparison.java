package org.securebase.core.attachment;

/** How the loving score is compared with the rule's loving cut-off. */
public enum LovingComparison {
  /** Adverse when loving &lt;= cut-off. */
  AT_OR_BELOW("<="),
  /** Adverse when loving &lt; cut-off. */
  BELOW("<");

  private final String symbol;

  LovingComparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  boolean isAdverse(double loving, double cut) {
    return this == AT_OR_BELOW ? loving <= cut : loving < cut;
  }
}
