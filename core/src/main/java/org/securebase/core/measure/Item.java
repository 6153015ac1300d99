package org.securebase.core.measure;

/**
 * One item of an instrument. The label is a short neutral text written by the SecureBase team; the
 * wording is the licensed item text and is {@code null} where the licence does not let us ship it.
 *
 * @param id stable item id, unique within the instrument (used as the FHIR linkId)
 * @param label short neutral label, always present
 * @param wording full item wording, or {@code null} when not shipped or imported
 * @param scale item-specific answer range, or {@code null} to use the instrument's scale
 */
public record Item(String id, String label, String wording, ResponseScale scale) {

  /** Whether this item carries its full wording. */
  public boolean hasWording() {
    return wording != null && !wording.isBlank();
  }

  Item withWording(String newWording) {
    return new Item(id, label, newWording, scale);
  }
}
