package org.securebase.app.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param waveMapping for a REDCap record file: each event name and the wave it went to
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
    int unchanged,
    Map<String, String> waveMapping) {

  public ImportReport {
    problems = List.copyOf(problems);
    waveMapping = Collections.unmodifiableMap(new LinkedHashMap<>(waveMapping));
  }

  public ImportReport(
      ImportKind kind,
      int rows,
      List<Problem> problems,
      int rowsWithProblems,
      boolean cleanRowsOnly,
      boolean written,
      int inserted,
      int updated,
      int unchanged) {
    this(
        kind,
        rows,
        problems,
        rowsWithProblems,
        cleanRowsOnly,
        written,
        inserted,
        updated,
        unchanged,
        Map.of());
  }

  /** The same report under another kind, with the event-to-wave mapping of a REDCap file. */
  ImportReport as(ImportKind asKind, Map<String, String> mapping) {
    return new ImportReport(
        asKind,
        rows,
        problems,
        rowsWithProblems,
        cleanRowsOnly,
        written,
        inserted,
        updated,
        unchanged,
        mapping);
  }

  /** One problem: row, column (empty for the whole row) and reason. */
  public record Problem(int row, String column, String reason) {}

  public boolean clean() {
    return problems.isEmpty();
  }
}
