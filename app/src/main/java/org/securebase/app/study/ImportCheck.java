package org.securebase.app.study;

/**
 * The check of one import kind: reads a row's cells, reports each problem on the row, and when the
 * row is clean sets the write that stores it by its natural key.
 */
interface ImportCheck {

  /** Checks one row; returns its natural key (null when the key itself is unusable). */
  String check(ImportContext ctx, ImportRow row);
}
