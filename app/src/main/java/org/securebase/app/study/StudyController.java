package org.securebase.app.study;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.UploadedText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The researcher's study pages: overview, import, earned-security report and export. */
@Controller
class StudyController {

  private static final String VIEW_LIST = "study/studies";
  private static final String VIEW_STUDY = "study/study";
  private static final String VIEW_IMPORT = "study/import";
  private static final String VIEW_REPORT = "study/report";
  private static final String VIEW_EXPORT = "study/export";

  private final Studies studies;
  private final StudyImport imports;
  private final StudyEarnedSecurityReport reports;
  private final StudyExport exports;
  private final ExportApprovals approvals;

  StudyController(
      ExportApprovals approvals,
      Studies studies,
      StudyImport imports,
      StudyEarnedSecurityReport reports,
      StudyExport exports) {
    this.studies = studies;
    this.imports = imports;
    this.reports = reports;
    this.exports = exports;
    this.approvals = approvals;
  }

  @GetMapping("/studies")
  String showStudies(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("studies", studies.assignedTo(user));
    return VIEW_LIST;
  }

  @GetMapping("/studies/{id}")
  String showStudy(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("overview", studies.overview(id, user));
    model.addAttribute("members", studies.members(id, user));
    model.addAttribute("isLead", studies.isLead(id, user));
    return VIEW_STUDY;
  }

  @GetMapping("/studies/{id}/import")
  String initImportForm(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("study", studies.overview(id, user).study());
    model.addAttribute("kinds", ImportKind.values());
    model.addAttribute("kind", ImportKind.PARTICIPANTS);
    return VIEW_IMPORT;
  }

  @PostMapping("/studies/{id}/import")
  String processImportForm(
      @PathVariable UUID id,
      @RequestParam(name = "kind", defaultValue = "") String kindCode,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "cleanRowsOnly", defaultValue = "false") boolean cleanRowsOnly,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletResponse response)
      throws IOException {
    Study study = studies.overview(id, user).study();
    model.addAttribute("study", study);
    model.addAttribute("kinds", ImportKind.values());
    ImportKind kind;
    try {
      kind = ImportKind.fromCode(kindCode);
    } catch (org.securebase.app.kernel.BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("kind", ImportKind.PARTICIPANTS);
      model.addAttribute("kindError", "Choose what the file holds.");
      return VIEW_IMPORT;
    }
    model.addAttribute("kind", kind);
    model.addAttribute("cleanRowsOnly", cleanRowsOnly);
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("fileError", "Choose a CSV file to import.");
      return VIEW_IMPORT;
    }
    String csv = UploadedText.read(file.getInputStream(), file.getSize(), "file");
    ImportReport report = imports.run(id, kind, csv, cleanRowsOnly, user);
    if (!report.written() && !report.clean()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("report", report);
    model.addAttribute("fileName", file.getOriginalFilename());
    return VIEW_IMPORT;
  }

  @GetMapping("/studies/{id}/report")
  String showReport(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("report", reports.of(id, user));
    return VIEW_REPORT;
  }

  @GetMapping("/studies/{id}/export")
  String initExportForm(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    Studies.Overview overview = studies.overview(id, user);
    model.addAttribute("study", overview.study());
    model.addAttribute(
        "identifiers", overview.variables().stream().filter(StudyVariable::identifier).toList());
    model.addAttribute(
        "freeText", overview.variables().stream().filter(StudyVariable::freeText).toList());
    model.addAttribute("requests", approvals.list(id, user));
    model.addAttribute("isLead", studies.isLead(id, user));
    model.addAttribute("me", user.id());
    return VIEW_EXPORT;
  }

  @GetMapping("/studies/{id}/export.zip")
  void downloadExport(
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
    download(
        exports,
        id,
        new StudyExport.Options(
            identifiers, freeText, ExportSubset.parse(waves, instruments, variables)),
        format,
        user,
        response);
  }

  /** Streams the export as a download; shared with the API. */
  static void download(
      StudyExport exports,
      UUID id,
      StudyExport.Options options,
      String format,
      SignedInUser user,
      HttpServletResponse response)
      throws IOException {
    boolean redcap = "redcap".equalsIgnoreCase(format);
    if (!redcap && !"csv".equalsIgnoreCase(format)) {
      throw new org.securebase.app.kernel.BadInputException(
          "format", "use csv (the default) or redcap");
    }
    StudyExport.Authorized authorized = exports.authorize(id, options, user);
    Study study = authorized.study();
    response.setContentType("application/zip");
    String name =
        redcap
            ? ExportReadme.redcapFileName(study)
            : ExportReadme.fileName(study, authorized.options());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    if (redcap) {
      exports.writeRedcap(study, authorized.options(), response.getOutputStream());
    } else {
      exports.write(study, authorized.options(), response.getOutputStream());
    }
    response.flushBuffer();
  }

  static List<ImportKind> kinds() {
    return List.of(ImportKind.values());
  }
}
