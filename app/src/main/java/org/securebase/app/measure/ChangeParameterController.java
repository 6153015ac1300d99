package org.securebase.app.measure;

import jakarta.servlet.http.HttpServletResponse;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.measure.Reliability;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a clinician or administrator enters reliability and SD values with their sources. */
@Controller
class ChangeParameterController {

  private static final String VIEW = "measure/parameters";

  private final ChangeParameters parameters;

  ChangeParameterController(ChangeParameters parameters) {
    this.parameters = parameters;
  }

  @GetMapping("/measures/parameters")
  String initParameterForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("rows", parameters.rows(user));
    return VIEW;
  }

  @PostMapping("/measures/parameters")
  String processParameterForm(
      @RequestParam(required = false) String instrumentId,
      @RequestParam(required = false) String subscaleId,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) Reliability.Kind kind,
      @RequestParam(required = false) Double reliability,
      @RequestParam(required = false) String reliabilitySource,
      @RequestParam(required = false) Double sd,
      @RequestParam(required = false) String sdSource,
      @RequestParam(required = false) Integer version,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      parameters.save(
          instrumentId,
          subscaleId,
          target,
          kind,
          reliability,
          reliabilitySource,
          sd,
          sdSource,
          version,
          user);
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.problem());
      model.addAttribute("rows", parameters.rows(user));
      return VIEW;
    } catch (StaleEditException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("error", e.getMessage());
      model.addAttribute("rows", parameters.rows(user));
      return VIEW;
    }
    redirect.addFlashAttribute("notice", "The values were saved with their sources.");
    return "redirect:/measures/parameters";
  }
}
