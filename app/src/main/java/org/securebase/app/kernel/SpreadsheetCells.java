package org.securebase.app.kernel;

import java.util.regex.Pattern;

/**
 * Keeps an exported CSV cell from running as a formula when the file is opened in a spreadsheet
 * (CSV or formula injection, OWASP): a text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheet programs read
 * as "this is text". A number, negative or in exponent form, is left as it is, so numeric columns
 * stay numbers for R, Stata, SPSS and the spreadsheet alike. Thread-safe; no state.
 */
public final class SpreadsheetCells {

  /** A plain decimal number: what a numeric column holds and what no spreadsheet runs. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCells() {}

  /** The value with a leading apostrophe when a spreadsheet would read it as a formula. */
  public static String neutralized(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    if (FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
      return value;
    }
    return "'" + value;
  }
}
