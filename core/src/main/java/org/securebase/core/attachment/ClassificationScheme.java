package org.securebase.core.attachment;

import java.util.List;

/**
 * The category systems used to compare classifications between coders or occasions.
 *
 * <ul>
 *   <li>{@link #TWO_WAY}: secure vs insecure. Secure means organized F with no overlay; U/F and
 *       CC/F count as insecure, the usual reading in which an unresolved transcript is not counted
 *       as secure.
 *   <li>{@link #THREE_WAY}: F / Ds / E, from the organized (best-fitting) classification only;
 *       overlays are ignored, so U/F is F.
 *   <li>{@link #FOUR_WAY}: F / Ds / E / U, where U wins whenever present. CC is also placed in the
 *       fourth category (labelled {@code U}, read "unresolved or cannot classify"). This is a
 *       product choice: CC says no single organized strategy fits, so counting it as its best fit
 *       would overstate agreement on the organized groups; {@link #THREE_WAY} gives the best-fit
 *       view for anyone who wants it.
 * </ul>
 *
 * <p>These schemes are for comparing codings; they are unrelated to the earned-security rule, which
 * reads only the organized classification.
 */
public enum ClassificationScheme {
  TWO_WAY(List.of("secure", "insecure")),
  THREE_WAY(List.of("F", "Ds", "E")),
  FOUR_WAY(List.of("F", "Ds", "E", "U"));

  private final List<String> categories;

  ClassificationScheme(List<String> categories) {
    this.categories = categories;
  }

  /** The categories in a fixed order, for contingency tables. */
  public List<String> categories() {
    return categories;
  }

  /** The category label of a classification under this scheme. */
  public String categoryOf(Classification c) {
    boolean overlaid = c.isUnresolved() || c.isCannotClassify();
    return switch (this) {
      case TWO_WAY -> c.isOrganizedSecure() && !overlaid ? "secure" : "insecure";
      case THREE_WAY -> c.organized().code();
      case FOUR_WAY -> overlaid ? "U" : c.organized().code();
    };
  }

  /** The index of the category in {@link #categories()}, for integer-coded statistics. */
  public int indexOf(Classification c) {
    return categories.indexOf(categoryOf(c));
  }
}
