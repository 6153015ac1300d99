package org.securebase.core.phi;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the guard found in one text, in order of position. Immutable.
 *
 * @param findings every identifier found, ordered by start offset
 */
public record PhiReport(List<PhiFinding> findings) {

  /** Said wherever the guard's verdict is shown: finding nothing is not a proof of safety. */
  public static final String LIMITS =
      "The PHI guard is an aid, not a guarantee: it finds common identifiers, and text it passes"
          + " may still identify someone.";

  public PhiReport {
    findings = List.copyOf(findings);
  }

  public boolean clean() {
    return findings.isEmpty();
  }

  public Set<PhiKind> kinds() {
    Set<PhiKind> kinds = EnumSet.noneOf(PhiKind.class);
    findings.forEach(f -> kinds.add(f.kind()));
    return kinds;
  }

  /**
   * The text with each identifier replaced by its suggested wording. An anecdote's advice is put
   * after the sentence, whose identifiers inside are replaced as well.
   *
   * @param text the text this report was made from
   * @param wording the wording of each replacement, e.g. from a message bundle
   */
  public String deidentified(String text, Function<Replacement, String> wording) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (PhiFinding f : findings) {
      if (f.kind() == PhiKind.CLINICAL_ANECDOTE || f.start() < at) {
        continue;
      }
      out.append(text, at, f.start()).append(wording.apply(f.replacement()));
      at = f.end();
    }
    out.append(text.substring(at));
    if (kinds().contains(PhiKind.CLINICAL_ANECDOTE)) {
      out.append(' ').append(wording.apply(Replacement.GENERAL_PATTERN));
    }
    return out.toString();
  }
}
