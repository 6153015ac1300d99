package org.securebase.app.measure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.UploadedText;
import org.securebase.core.measure.Instrument;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for importing licensed item wording. */
@Controller
class WordingImportController {

  private static final String VIEW = "measure/wording";

  private final WordingImports imports;
  private final MeasureCatalog catalog;

  WordingImportController(WordingImports imports, MeasureCatalog catalog) {
    this.imports = imports;
    this.catalog = catalog;
  }

  @GetMapping("/admin/measures/wording")
  String initWordingForm(Model model) {
    model.addAttribute("instruments", catalog.all());
    return VIEW;
  }

  @PostMapping("/admin/measures/wording")
  String processWordingForm(
      @RequestParam(required = false) String instrumentId,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String wording,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response)
      throws IOException {
    // An unreadable file is answered by the error page (400 naming its line), before the import.
    String json =
        file != null && !file.isEmpty()
            ? UploadedText.read(file.getInputStream(), file.getSize(), "file")
            : wording;
    try {
      Instrument i = imports.importWording(instrumentId, json, user);
      redirect.addFlashAttribute(
          "notice", "The wording of " + i.title() + " version " + i.version() + " was imported.");
      return "redirect:/admin/measures/wording";
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.problem());
      model.addAttribute("instruments", catalog.all());
      return VIEW;
    }
  }
}
