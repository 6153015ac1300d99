package org.securebase.app.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record status dashboard as JSON, for scripts that follow a study's data collection. */
@RestController
class DataCaptureApiController {

  private final StudyStatus status;
  private final DoubleEntry doubleEntry;

  DataCaptureApiController(StudyStatus status, DoubleEntry doubleEntry) {
    this.status = status;
    this.doubleEntry = doubleEntry;
  }

  /**
   * Participants by waves. Cell states: {@code not_started}, {@code incomplete}, {@code complete},
   * {@code double_entry_pending}, {@code double_entry_resolved}. Rows come a page (100) at a time;
   * counts and missing data cover the whole study.
   */
  @GetMapping("/api/studies/{id}/status")
  Map<String, Object> status(
      @PathVariable UUID id,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @AuthenticationPrincipal SignedInUser user) {
    StudyStatus.Dashboard d = status.of(id, page, user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("study", d.study().code());
    body.put("waves", d.waves());
    body.put("forms", d.forms());
    body.put("participants", d.participants());
    body.put("page", d.page());
    body.put("pages", d.pages());
    body.put(
        "rows",
        d.rows().stream()
            .map(
                r -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("participant", r.participant());
                  Map<String, String> cells = new LinkedHashMap<>();
                  for (int i = 0; i < d.waves().size(); i++) {
                    cells.put(d.waves().get(i), code(r.cells().get(i)));
                  }
                  row.put("cells", cells);
                  return row;
                })
            .toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (StudyStatus.WaveCount c : d.counts()) {
      Map<String, Integer> byState = new LinkedHashMap<>();
      c.counts().forEach((state, n) -> byState.put(code(state), n));
      counts.put(c.wave(), byState);
    }
    body.put("counts", counts);
    body.put(
        "missing",
        d.missing().stream()
            .map(
                m -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("variable", m.variable());
                  row.put("required", m.required());
                  row.put("present", m.present());
                  row.put("missing", m.missing());
                  return row;
                })
            .toList());
    List<DoubleEntry.FieldAgreement> agreement = doubleEntry.agreement(id);
    body.put(
        "doubleEntryAgreement",
        agreement.stream()
            .map(
                a -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("variable", a.variable());
                  row.put("compared", a.compared());
                  row.put("agreed", a.agreed());
                  return row;
                })
            .toList());
    return body;
  }

  static String code(StudyStatus.CellState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
