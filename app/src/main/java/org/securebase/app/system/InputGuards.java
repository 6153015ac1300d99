package org.securebase.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.InputRules;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place form fields, query parameters and path variables meet {@link InputRules}: every
 * date the app binds is parsed and then checked against the supported calendar, and every text
 * parameter is checked for NUL and lone surrogates before any controller runs. A failed check is a
 * {@link BadInputException}, answered as 400 naming the field by {@code ApiErrors} or {@code
 * PageErrors} (see {@link BindingGuards} for how a form field gets its name). JSON bodies have
 * their own guard, {@link JsonInputGuards}.
 */
@Configuration(proxyBeanMethods = false)
class InputGuards implements WebMvcConfigurer {

  /** Stands for the field until the binder or the handler knows its name. */
  static final String UNNAMED = "value";

  @Override
  public void addFormatters(FormatterRegistry registry) {
    // Registered after Spring's own, so these win for every date type, annotated or not.
    registry.addFormatterForFieldAnnotation(new BoundedDateFormats());
    plain(registry, LocalDate.class, t -> LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
    plain(
        registry,
        LocalDateTime.class,
        t -> LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    plain(registry, OffsetDateTime.class, OffsetDateTime::parse);
    plain(registry, ZonedDateTime.class, ZonedDateTime::parse);
    plain(registry, Instant.class, Instant::parse);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new TextParameterGuard());
  }

  /** A date type without {@code @DateTimeFormat}: ISO 8601 both ways, checked after parsing. */
  private static <T> void plain(
      FormatterRegistry registry, Class<T> type, Function<String, T> parse) {
    Printer<T> iso = (value, locale) -> value.toString();
    Parser<T> checked = (text, locale) -> InputRules.moment(UNNAMED, parse.apply(text.strip()));
    registry.addFormatterForFieldType(type, iso, checked);
  }

  /**
   * {@code @DateTimeFormat} as Spring reads it, with the calendar check after each parse, so a
   * field's own pattern still applies.
   */
  static final class BoundedDateFormats implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory jsr310 =
        new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
      return jsr310.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
      return jsr310.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
      Parser<?> parser = jsr310.getParser(annotation, fieldType);
      return (text, locale) -> InputRules.moment(UNNAMED, parser.parse(text, locale));
    }
  }

  /**
   * Refuses a request whose parameters or path variables hold NUL or a lone surrogate, before
   * binding, so no controller ever sees such text (PostgreSQL would refuse it with a 500, H2 would
   * store it).
   */
  static final class TextParameterGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
        String name = InputRules.textProblem(p.getKey()) == null ? p.getKey() : UNNAMED;
        InputRules.text(name, p.getKey());
        for (String value : p.getValue()) {
          InputRules.text(name, value);
        }
      }
      if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
          instanceof Map<?, ?> variables) {
        for (Map.Entry<?, ?> v : variables.entrySet()) {
          InputRules.text(String.valueOf(v.getKey()), String.valueOf(v.getValue()));
        }
      }
      return true;
    }
  }
}
