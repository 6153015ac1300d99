package org.securebase.app.system;

import org.securebase.app.kernel.BadInputException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Lets a {@link BadInputException} raised while a form field is converted (a date outside the
 * supported calendar, see {@link InputGuards}) leave the binder as itself, renamed to the field,
 * instead of becoming a quiet "type mismatch" the page might show with a 200. The error handlers
 * answer it with 400 naming the field; other conversion failures keep Spring's usual handling.
 */
@ControllerAdvice
class BindingGuards {

  @InitBinder
  void refuseOutOfRangeInput(WebDataBinder binder) {
    binder.setBindingErrorProcessor(new Processor());
  }

  /** The cause that says what was wrong, or null when the failure was not one of our checks. */
  static BadInputException badInputIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BadInputException bad) {
        return bad;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static final class Processor extends DefaultBindingErrorProcessor {
    @Override
    public void processPropertyAccessException(
        PropertyAccessException ex, BindingResult bindingResult) {
      BadInputException bad = badInputIn(ex);
      if (bad != null) {
        throw bad.at(bindingResult.getNestedPath() + ex.getPropertyName());
      }
      super.processPropertyAccessException(ex, bindingResult);
    }
  }
}
