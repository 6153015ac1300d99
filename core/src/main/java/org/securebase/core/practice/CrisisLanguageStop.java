package org.securebase.core.practice;

import org.securebase.core.safety.CrisisLanguage;

/**
 * The builder stopped because an input held crisis language: no script is written, help is shown at
 * once, and the app flags it to the clinician as the journal does. Carries which field and the
 * finding (phrase names and list version), never the words themselves.
 */
public final class CrisisLanguageStop extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final transient CrisisLanguage.Finding finding;

  public CrisisLanguageStop(String field, CrisisLanguage.Finding finding) {
    super(
        field
            + ": these words need a person, not a recording; the practice was not written. "
            + "If you are in danger now, call or text 988 (US) or your local emergency number.");
    this.field = field;
    this.finding = finding;
  }

  public String field() {
    return field;
  }

  public CrisisLanguage.Finding finding() {
    return finding;
  }
}
