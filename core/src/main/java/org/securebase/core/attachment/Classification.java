package org.securebase.core.attachment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A coder's AAI classification: an organized category (F, Ds or E) with an optional subclass as
 * entered, plus the overlays U and CC, which can only be recorded together with an organized
 * category. The classification is the coder's holistic judgement; nothing in the product derives it
 * from scales, and nothing derives earned security from the subclass.
 *
 * <p>Written in the usual notation as {@code U/CC/F3b}: overlays first, then the organized part.
 *
 * @param organized the best-fitting organized category, never null
 * @param subclass the subclass as entered and normalised ({@code F3b}), or null if none
 * @param overlays U and/or CC, possibly empty; an unmodifiable copy is kept
 */
public record Classification(OrganizedCategory organized, String subclass, Set<Overlay> overlays) {

  public Classification {
    if (organized == null) {
      throw new InvalidEntryException(
          "classification",
          "an organized classification (F, Ds or E) is required, also with U or CC");
    }
    if (subclass != null && subclass.isBlank()) {
      subclass = null;
    }
    if (subclass != null) {
      subclass = organized.normaliseSubclass(subclass);
    }
    EnumSet<Overlay> set = EnumSet.noneOf(Overlay.class);
    if (overlays != null) {
      set.addAll(overlays);
    }
    overlays = Collections.unmodifiableSet(set);
  }

  /** An organized classification without subclass or overlay. */
  public static Classification of(OrganizedCategory organized) {
    return new Classification(organized, null, Set.of());
  }

  /** An organized classification with subclass (may be null) and any overlays. */
  public static Classification of(
      OrganizedCategory organized, String subclass, Overlay... overlays) {
    return new Classification(organized, subclass, Set.of(overlays));
  }

  /**
   * Reads the usual notation: {@code F}, {@code F3b}, {@code Ds1}, {@code U/E2}, {@code CC/Ds},
   * {@code U/CC/F}. Case is ignored.
   *
   * @throws InvalidEntryException if an overlay stands alone or a part is unknown
   */
  public static Classification parse(String notation) {
    if (notation == null || notation.isBlank()) {
      throw new InvalidEntryException("classification", "no classification given");
    }
    String[] parts = notation.strip().split("\\s*/\\s*");
    Set<Overlay> overlays = EnumSet.noneOf(Overlay.class);
    for (int i = 0; i < parts.length - 1; i++) {
      overlays.add(overlayOf(parts[i], notation));
    }
    String last = parts[parts.length - 1];
    for (Overlay o : Overlay.values()) {
      if (o.code().equalsIgnoreCase(last)) {
        throw new InvalidEntryException(
            "classification",
            "\""
                + notation.strip()
                + "\" has no organized classification: "
                + o.code()
                + " is always recorded with F, Ds or E (for example "
                + o.code()
                + "/F)");
      }
    }
    String letters = last.replaceAll("[0-9].*$", "");
    OrganizedCategory organized = OrganizedCategory.fromCode(letters);
    String subclass = letters.length() == last.length() ? null : last;
    return new Classification(organized, subclass, overlays);
  }

  private static Overlay overlayOf(String part, String notation) {
    for (Overlay o : Overlay.values()) {
      if (o.code().equalsIgnoreCase(part)) {
        return o;
      }
    }
    throw new InvalidEntryException(
        "classification", "\"" + part + "\" in \"" + notation.strip() + "\" is not U or CC");
  }

  public Optional<String> subclassIfEntered() {
    return Optional.ofNullable(subclass);
  }

  public boolean isUnresolved() {
    return overlays.contains(Overlay.U);
  }

  public boolean isCannotClassify() {
    return overlays.contains(Overlay.CC);
  }

  /** True when the organized category is F, whatever the overlays. */
  public boolean isOrganizedSecure() {
    return organized == OrganizedCategory.F;
  }

  /** The category of this classification in a 2-, 3- or 4-way scheme. */
  public String category(ClassificationScheme scheme) {
    return scheme.categoryOf(this);
  }

  /** The usual notation, for example {@code U/F3b}. */
  public String notation() {
    List<String> parts = new ArrayList<>();
    overlays.forEach(o -> parts.add(o.code()));
    parts.add(subclass != null ? subclass : organized.code());
    return String.join("/", parts);
  }

  @Override
  public String toString() {
    return notation();
  }

  /** Same classification with another subclass; kept for form editing. */
  public Classification withSubclass(String newSubclass) {
    return new Classification(organized, newSubclass, overlays);
  }
}
