package org.securebase.app.measure;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A download and the name it is saved under: what it is, whose (the client's pseudonym, never a
 * legal name), and the dates it covers, so a folder of reports sorts and reads at a glance.
 */
public record ExportFile(byte[] content, String filename) {

  static String name(
      String kind, String pseudonym, LocalDate from, LocalDate to, String extension) {
    String dates = from.equals(to) ? from.toString() : from + "_to_" + to;
    return kind + "-" + slug(pseudonym) + "-" + dates + "." + extension;
  }

  /** Letters and digits only, joined by hyphens: safe in every file system and header. */
  static String slug(String text) {
    String plain =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return plain.isEmpty() ? "client" : plain;
  }
}
