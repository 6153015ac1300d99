package org.securebase.app.coding;

/** An individual coder's blind coding, or the consensus the coders agreed after both were final. */
public enum CodingKind {
  INDIVIDUAL,
  CONSENSUS
}
