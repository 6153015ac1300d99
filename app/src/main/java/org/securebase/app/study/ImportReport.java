package org.securebase.app.study;

import java.util.List;

/**
 * What an import found and did. Every problem names the row (the header is row 1, as in a
 * spreadsheet), the column and the reason. When {@link #written()} is false nothing was stored.
 *
 * @param kind the kind of file
 * @param rows data rows in the file
 * @param problems every problem found, in file order
 * @param rowsWithProblems data rows with at least one problem
 * @param cleanRowsOnly whether the user asked to import the clean rows and report the rest
 * @param written whether anything was stored
 * @param inserted rows (or values) added
 * @param updated rows (or values) changed
 * @param unchanged rows (or values) already stored exactly so
 */
public record ImportReport(
    ImportKind kind,
    int rows,
    List<Problem> problems,
    int rowsWithProblems,
    boolean cleanRowsOnly,
    boolean written,
    int inserted,
    int updated,
    int unchanged) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  /** One problem: row, column (empty for the whole row) and reason. */
  public record Problem(int row, String column, String reason) {}

  public boolean clean() {
    return problems.isEmpty();
  }
}
