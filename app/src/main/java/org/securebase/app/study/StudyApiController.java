package org.securebase.app.study;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.UploadedText;
import org.securebase.core.attachment.EarnedSecuritySensitivityTable;
import org.securebase.core.attachment.RetrospectiveProspectiveOverlap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The researcher's studies as JSON; imports take the CSV as the request body. */
@RestController
class StudyApiController {

  private final Studies studies;
  private final StudyImport imports;
  private final StudyEarnedSecurityReport reports;
  private final StudyExport exports;

  StudyApiController(
      Studies studies,
      StudyImport imports,
      StudyEarnedSecurityReport reports,
      StudyExport exports) {
    this.studies = studies;
    this.imports = imports;
    this.reports = reports;
    this.exports = exports;
  }

  @GetMapping("/api/studies")
  List<Study> list(@AuthenticationPrincipal SignedInUser user) {
    return studies.assignedTo(user);
  }

  @GetMapping("/api/studies/{id}")
  Studies.Overview read(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return studies.overview(id, user);
  }

  /**
   * Checks and imports a CSV file. 200 with the report when something was stored (or the file was
   * clean), 400 with the full problem list when nothing was stored. The body is streamed and
   * refused with 413 past {@link UploadedText#MAX_BYTES}, and decoded strictly (UTF-8 unless the
   * Content-Type names another charset): an invalid byte is a 400 naming its line, never a
   * replacement character in the data.
   */
  @PostMapping(
      path = "/api/studies/{id}/imports/{kind}",
      consumes = {"text/csv", "text/plain"})
  ResponseEntity<ImportReport> importFile(
      @PathVariable UUID id,
      @PathVariable String kind,
      @RequestParam(name = "cleanRowsOnly", defaultValue = "false") boolean cleanRowsOnly,
      HttpServletRequest request,
      @AuthenticationPrincipal SignedInUser user)
      throws IOException {
    String csv =
        UploadedText.read(
            request.getInputStream(), request.getContentLengthLong(), charsetOf(request), "body");
    ImportReport report = imports.run(id, ImportKind.fromCode(kind), csv, cleanRowsOnly, user);
    HttpStatus status =
        !report.written() && !report.clean() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
    return ResponseEntity.status(status).body(report);
  }

  /** The charset the Content-Type names (Spring has already refused an unknown one, 415). */
  private static Charset charsetOf(HttpServletRequest request) {
    String declared = request.getCharacterEncoding();
    return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
  }

  @GetMapping("/api/studies/{id}/report")
  Map<String, Object> report(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    StudyEarnedSecurityReport.Result r = reports.of(id, user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("study", r.study().code());
    EarnedSecuritySensitivityTable.Row d = r.defaultRow();
    body.put("defaultRule", d.ruleId());
    body.put("continuousSecure", d.continuous());
    body.put("earnedSecureRetrospective", d.earned());
    body.put("prospectiveEarnedSecure", r.overlap().prospectiveEarnedTotal());
    body.put(
        "sensitivity",
        r.sensitivity().rows().stream()
            .map(
                row -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("ruleId", row.ruleId());
                  m.put("ruleVersion", row.rule().version());
                  m.put("parameters", row.parameters());
                  m.put("n", row.n());
                  m.put("earned", row.earned());
                  m.put("continuous", row.continuous());
                  m.put("undetermined", row.undetermined());
                  m.put("notSecure", row.notSecure());
                  return m;
                })
            .toList());
    RetrospectiveProspectiveOverlap o = r.overlap();
    Map<String, Object> overlap = new LinkedHashMap<>();
    overlap.put("retrospectiveRule", o.retrospectiveRule().id());
    overlap.put("retrospectiveParameters", o.retrospectiveRule().parameters());
    overlap.put("prospectiveRule", o.prospectiveRule().id());
    overlap.put("prospectiveParameters", o.prospectiveRule().parameters());
    overlap.put("bothEarned", o.bothEarned());
    overlap.put("retrospectiveOnly", o.retrospectiveOnly());
    overlap.put("prospectiveOnly", o.prospectiveOnly());
    overlap.put("neither", o.neither());
    overlap.put("excludedNoCoding", o.excludedNoCoding());
    overlap.put("excludedNoInfantData", o.excludedNoInfantData());
    overlap.put("excludedRetrospectiveUndetermined", o.excludedRetrospectiveUndetermined());
    body.put("overlap", overlap);
    body.put("participants", r.sensitivity().participants());
    body.put("withoutCoding", r.sensitivity().withoutCoding());
    body.put("coders", r.coders());
    body.put("codingBasis", r.codingBasis());
    body.put("workbenchCodings", r.workbench());
    return body;
  }

  @GetMapping("/api/studies/{id}/export.zip")
  void export(
      @PathVariable UUID id,
      @RequestParam(name = "identifiers", defaultValue = "false") boolean identifiers,
      @RequestParam(name = "freeText", defaultValue = "false") boolean freeText,
      @RequestParam(name = "waves", required = false) String waves,
      @RequestParam(name = "instruments", required = false) String instruments,
      @RequestParam(name = "variables", required = false) String variables,
      @RequestParam(name = "format", defaultValue = "csv") String format,
      @AuthenticationPrincipal SignedInUser user,
      HttpServletResponse response)
      throws IOException {
    StudyController.download(
        exports,
        id,
        new StudyExport.Options(
            identifiers, freeText, ExportSubset.parse(waves, instruments, variables)),
        format,
        user,
        response);
  }
}
