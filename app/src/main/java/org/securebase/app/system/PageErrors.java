package org.securebase.app.system;

import jakarta.servlet.http.HttpServletResponse;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.app.kernel.UploadedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** How pages answer errors: a calm page with the status and a plain sentence, never a trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(2)
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
  static final String VIEW = "system/error";

  private final MessageSource messages;

  PageErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  String notFound(RecordNotFoundException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
  }

  @ExceptionHandler(StaleEditException.class)
  String stale(StaleEditException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.CONFLICT, e.getMessage(), model, response);
  }

  @ExceptionHandler(BadInputException.class)
  String badInput(BadInputException e, Model model, HttpServletResponse response) {
    // The resolved sentence names the field in plain words; the code never reaches the page.
    return page(
        HttpStatus.BAD_REQUEST,
        messages.getMessage(
            FieldLabels.onPage(e, messages, LocaleContextHolder.getLocale()),
            LocaleContextHolder.getLocale()),
        model,
        response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String typeMismatch(
      MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
    BadInputException bad = BindingGuards.badInputIn(e);
    if (bad != null) {
      return badInput(bad.at(e.getName()), model, response);
    }
    // A sentence, not "from: 'x' is not valid here.": a page message never starts with a field
    // name.
    return page(
        HttpStatus.BAD_REQUEST,
        messages.getMessage(
            "error.not-valid-here",
            new Object[] {String.valueOf(e.getValue())},
            LocaleContextHolder.getLocale()),
        model,
        response);
  }

  @ExceptionHandler(UploadedText.TooLargeException.class)
  String tooLarge(UploadedText.TooLargeException e, Model model, HttpServletResponse response) {
    return page(
        HttpStatus.CONTENT_TOO_LARGE,
        messages.getMessage(e, LocaleContextHolder.getLocale()),
        model,
        response);
  }

  @ExceptionHandler(org.securebase.app.crypto.FieldCipher.TamperedRecordException.class)
  String tampered(RuntimeException e, Model model, HttpServletResponse response) {
    log.error("Integrity check failed: {}", e.getMessage());
    return page(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "This record failed its integrity check and is not shown. The event is in the server log;"
            + " please tell your administrator.",
        model,
        response);
  }

  static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("reason", status.getReasonPhrase());
    model.addAttribute("message", message);
    return VIEW;
  }
}
