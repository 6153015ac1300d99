package org.securebase.core.phi;

/**
 * The kinds of identifier the guard refuses, drawn from the HIPAA Safe Harbor list of eighteen
 * identifiers (45 CFR 164.514(b)(2)), plus the first-person clinical anecdote whose details
 * together single a person out (Sweeney 2000: date of birth, sex and ZIP code identify most
 * Americans). The {@link #code()} is the stable name used in the command line's JSON and the API.
 */
public enum PhiKind {
  /** A person's name (not an author cited or a term of the field). */
  PERSON("person"),
  /** A place smaller than a state: town, county, street address, ZIP code, named facility. */
  PLACE("place"),
  /** A date more precise than a year: day, month, weekday, season of a year. */
  DATE("date"),
  /** An age over 89, or a birth year that implies one. */
  AGE("age"),
  /** A telephone or fax number. */
  PHONE("phone"),
  /** An e-mail address. */
  EMAIL("email"),
  /** A web address. */
  URL("url"),
  /**
   * A record, insurance, licence, device, account or other identifying number, or an IP address.
   */
  ID_NUMBER("id_number"),
  /** A first-person account of a client with details that could single them out. */
  CLINICAL_ANECDOTE("clinical_anecdote");

  private final String code;

  PhiKind(String code) {
    this.code = code;
  }

  /** The stable lower-case name, e.g. {@code id_number}. */
  public String code() {
    return code;
  }
}
