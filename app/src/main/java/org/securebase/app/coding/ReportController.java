package org.securebase.app.coding;

import org.securebase.app.discourse.DiscourseCorrections;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.reliability.IccForm;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The earned/continuous table and the reliability report, as pages and a CSV download. */
@Controller
class ReportController {

  private static final String VIEW_EARNED = "coding/earned";
  private static final String VIEW_RELIABILITY = "coding/reliability";

  private static final String VIEW_CALIBRATION = "coding/calibration";

  private final EarnedSecurityReport earned;
  private final CoderReliability reliability;
  private final DiscourseCalibration calibration;
  private final DiscourseCorrections corrections;

  ReportController(
      EarnedSecurityReport earned,
      CoderReliability reliability,
      DiscourseCalibration calibration,
      DiscourseCorrections corrections) {
    this.earned = earned;
    this.reliability = reliability;
    this.calibration = calibration;
    this.corrections = corrections;
  }

  @GetMapping("/reliability/calibration")
  String showCalibration(
      @RequestParam(name = "group", required = false) String group,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("view", calibration.report(user, group));
    model.addAttribute("corrections", corrections.labReport());
    return VIEW_CALIBRATION;
  }

  @GetMapping("/codings/earned")
  String showEarned(
      @RequestParam(name = "group", required = false) String group,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("report", earned.report(user, group));
    return VIEW_EARNED;
  }

  @GetMapping("/reliability")
  String showReliability(
      @RequestParam(name = "form", required = false) IccForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("report", reliability.report(user, form));
    model.addAttribute("forms", IccForm.values());
    return VIEW_RELIABILITY;
  }

  @GetMapping(value = "/reliability/report.csv")
  ResponseEntity<String> downloadReliability(
      @RequestParam(name = "form", required = false) IccForm form,
      @AuthenticationPrincipal SignedInUser user) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"reliability.csv\"")
        .body(CoderReliability.csv(reliability.report(user, form)));
  }
}
