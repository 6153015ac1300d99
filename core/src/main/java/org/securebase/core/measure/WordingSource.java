package org.securebase.core.measure;

/**
 * Where the item wording of a definition came from, so screens can say whether real wording is
 * shown.
 */
public enum WordingSource {
  /** Only short neutral labels ship; licensed wording must be imported by an administrator. */
  NEUTRAL_LABELS_ONLY,
  /** The wording ships with the definition (our own items, or a licence that allows it). */
  SHIPPED,
  /** An administrator imported licensed wording with {@link ItemWordingImport}. */
  IMPORTED
}
