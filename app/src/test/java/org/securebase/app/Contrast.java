package org.securebase.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG 2.1 contrast ratio of two CSS {@code rgb(...)} colours, as browsers report them. */
public final class Contrast {

  private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

  private Contrast() {}

  public static double ratio(String cssA, String cssB) {
    double a = luminance(cssA);
    double b = luminance(cssB);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String css) {
    Matcher m = RGB.matcher(css);
    if (!m.find()) {
      throw new IllegalArgumentException("not an rgb() colour: " + css);
    }
    return 0.2126 * channel(m.group(1))
        + 0.7152 * channel(m.group(2))
        + 0.0722 * channel(m.group(3));
  }

  private static double channel(String value) {
    double c = Integer.parseInt(value) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
