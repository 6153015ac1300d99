package org.securebase.app.study;

/** A form with refused fields: nothing was stored; the form comes back as typed. */
public final class FormRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient DataEntry.Form form;

  FormRefused(DataEntry.Form form) {
    super("research.entry.refused");
    this.form = form;
  }

  public DataEntry.Form form() {
    return form;
  }
}
