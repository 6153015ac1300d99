package org.securebase.app.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The checks every piece of outside input passes, whatever route it came by (a form, a query
 * parameter, a JSON body, a CSV file): dates inside a calendar the product can reason about, counts
 * inside a stated range, and text free of characters no database column should hold. Each failed
 * check is a {@link BadInputException} whose first argument is the field, so the sentence names it.
 *
 * <p>Why a range for dates: {@code java.time} accepts years from -999,999,999 to 999,999,999, and a
 * date at either end overflows the day counts the trends and schedules compute (a stored activation
 * dated {@code -999999999-01-01} once turned every page of that client into a 500). Nothing in
 * SecureBase happens before 1900 or after 2100.
 *
 * <p>Why NUL and lone surrogates: PostgreSQL refuses U+0000 in text (a 500 where a 400 is right)
 * while H2 stores it, and a lone UTF-16 surrogate cannot be written as UTF-8 at all; both arrive
 * only from broken or hostile clients. Stateless and thread-safe.
 */
public final class InputRules {

  /** The first date any input may name. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The last date any input may name. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /**
   * Message code: a date outside {@link #EARLIEST}..{@link #LATEST}; args field, earliest, latest.
   */
  public static final String DATE_OUT_OF_RANGE = "input.date.out-of-range";

  /** Message code: text holding U+0000; arg the field. */
  public static final String TEXT_NUL = "input.text.nul";

  /** Message code: text holding a UTF-16 surrogate without its pair; arg the field. */
  public static final String TEXT_LONE_SURROGATE = "input.text.lone-surrogate";

  /** Message code: a whole number outside its range; args field, min, max. */
  public static final String COUNT_OUT_OF_RANGE = "input.count.out-of-range";

  private InputRules() {}

  /** The date itself when it lies in the supported calendar; null passes (required is not ours). */
  public static LocalDate date(String field, LocalDate date) {
    if (date != null && !isSupported(date)) {
      throw outOfRange(field);
    }
    return date;
  }

  /**
   * Whether the date lies in {@link #EARLIEST}..{@link #LATEST}: for checks that report in their
   * own form (a CSV import lists every problem per row instead of stopping at the first).
   */
  public static boolean isSupported(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /**
   * Any date or instant the app binds ({@link LocalDate}, {@link LocalDateTime}, {@link
   * OffsetDateTime}, {@link ZonedDateTime}, {@link Instant}), checked by its calendar date (an
   * instant by its UTC date). Other values pass unchanged.
   */
  public static <T> T moment(String field, T value) {
    LocalDate day;
    if (value instanceof LocalDate d) {
      day = d;
    } else if (value instanceof LocalDateTime t) {
      day = t.toLocalDate();
    } else if (value instanceof OffsetDateTime t) {
      day = t.toLocalDate();
    } else if (value instanceof ZonedDateTime t) {
      day = t.toLocalDate();
    } else if (value instanceof Instant i) {
      day = dayOf(i);
    } else {
      day = null;
    }
    date(field, day);
    return value;
  }

  /** The text itself when it holds neither U+0000 nor a lone surrogate; null passes. */
  public static String text(String field, String text) {
    String code = textProblem(text);
    if (code != null) {
      throw new BadInputException(field, code, field);
    }
    return text;
  }

  /** The message code of what is wrong with the text, or null when nothing is. */
  public static String textProblem(CharSequence text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return TEXT_NUL;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return TEXT_LONE_SURROGATE;
        }
      } else if (Character.isLowSurrogate(c)) {
        return TEXT_LONE_SURROGATE;
      }
    }
    return null;
  }

  /** The count itself when it lies in {@code min..max}; null passes. */
  public static Integer count(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new BadInputException(field, COUNT_OUT_OF_RANGE, field, min, max);
    }
    return value;
  }

  private static LocalDate dayOf(Instant instant) {
    // Instants beyond the supported calendar are far inside Instant's own range, so no overflow.
    if (instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
      return EARLIEST.minusDays(1);
    }
    if (instant.isAfter(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
      return LATEST.plusDays(1);
    }
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static BadInputException outOfRange(String field) {
    return new BadInputException(field, DATE_OUT_OF_RANGE, field, EARLIEST, LATEST);
  }
}
