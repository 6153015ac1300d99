package org.securebase.app.system;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the JSON API answers errors: RFC 9457 problem details with a message that names the field. No
 * stack trace or exception text from inside the server reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(StaleEditException.class)
  ProblemDetail stale(StaleEditException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(BadInputException.class)
  ProblemDetail badInput(BadInputException e) {
    String sentence = messages.getMessage(e, LocaleContextHolder.getLocale());
    // An API caller reads which field from the detail and the errors map; programs read the code.
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.field() + ": " + sentence);
    p.setProperty("errors", Map.of(e.field(), sentence));
    p.setProperty("code", e.code());
    return p;
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError f : e.getBindingResult().getFieldErrors()) {
      errors.putIfAbsent(f.getField(), f.getDefaultMessage());
    }
    String first =
        errors.entrySet().stream()
            .findFirst()
            .map(en -> en.getKey() + ": " + en.getValue())
            .orElse("The request is not valid.");
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, first);
    p.setProperty("errors", errors);
    return p;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    BadInputException bad = BindingGuards.badInputIn(e);
    if (bad != null) {
      return badInput(bad.at(e.getName()));
    }
    return problem(
        HttpStatus.BAD_REQUEST, e.getName() + ": '" + e.getValue() + "' is not valid here");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String path = FieldPaths.path(e);
    BadInputException bad = BindingGuards.badInputIn(e);
    if (bad != null) {
      // A check of InputRules failed while the body was read: name the place in the body.
      return badInput(bad.at(path == null ? "body" : path));
    }
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            "The request body could not be read as JSON of the expected shape. "
                + FieldPaths.of(e));
    if (path != null) {
      p.setProperty("errors", Map.of(path, "not a valid value here"));
    }
    return p;
  }

  @ExceptionHandler(UploadedText.TooLargeException.class)
  ProblemDetail tooLarge(UploadedText.TooLargeException e) {
    ProblemDetail p =
        problem(
            HttpStatus.CONTENT_TOO_LARGE, messages.getMessage(e, LocaleContextHolder.getLocale()));
    p.setProperty("code", e.getCodes()[0]);
    return p;
  }

  @ExceptionHandler(org.securebase.app.crypto.FieldCipher.TamperedRecordException.class)
  ProblemDetail tampered(RuntimeException e) {
    log.error("Integrity check failed: {}", e.getMessage());
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "This record failed its integrity check and is not shown. The event is in the server log;"
            + " please tell your administrator.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (e instanceof org.springframework.web.ErrorResponse response) {
      return response.getBody();
    }
    if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
      throw denied;
    }
    log.error("Unexpected error in the API", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Nothing was half-saved; please try again.");
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(status.getReasonPhrase());
    return p;
  }
}
