package org.securebase.core.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports licensed item wording into a definition that ships with neutral labels only. The file
 * must cover exactly the definition's items: an unknown id or a missing id refuses the whole
 * import, naming the ids, so a wording file for the wrong instrument or version can never be
 * half-applied.
 *
 * <p>The file is JSON:
 *
 * <pre>{@code
 * {"instrumentId": "ecr-r", "instrumentVersion": "1.0",
 *  "wording": {"1": "...", "2": "...", ...}}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ItemWordingImport {

  /**
   * The wording file's content.
   *
   * @param instrumentId the instrument the wording belongs to
   * @param instrumentVersion the definition version it was prepared for
   * @param wording item id to full wording
   */
  public record WordingFile(
      String instrumentId, String instrumentVersion, Map<String, String> wording) {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ItemWordingImport() {}

  /**
   * Parses a wording file and applies it to the definition.
   *
   * @return the definition with wording, marked {@link WordingSource#IMPORTED}
   * @throws WordingImportException when the file is malformed, is for another instrument or
   *     version, or its item ids do not match the definition's (the ids are named)
   */
  public static Instrument apply(Instrument instrument, String json) {
    WordingFile file;
    try {
      file = MAPPER.readValue(json, WordingFile.class);
    } catch (JacksonException e) {
      throw new WordingImportException(
          "wording file is not valid: " + e.getOriginalMessage(), List.of(), List.of());
    }
    if (file == null) {
      throw new WordingImportException("wording file is empty", List.of(), List.of());
    }
    return apply(instrument, file);
  }

  /** Applies already parsed wording to the definition; see {@link #apply(Instrument, String)}. */
  public static Instrument apply(Instrument instrument, WordingFile file) {
    if (!instrument.id().equals(file.instrumentId())
        || !instrument.version().equals(file.instrumentVersion())) {
      throw new WordingImportException(
          "wording file is for "
              + file.instrumentId()
              + " version "
              + file.instrumentVersion()
              + ", not "
              + instrument.id()
              + " version "
              + instrument.version(),
          List.of(),
          List.of());
    }
    Map<String, String> wording = file.wording() == null ? Map.of() : file.wording();
    List<String> unknown = new ArrayList<>();
    for (String id : wording.keySet()) {
      if (instrument.item(id).isEmpty()) {
        unknown.add(id);
      }
    }
    unknown.sort(null);
    List<String> missing = new ArrayList<>();
    Map<String, String> accepted = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      String text = wording.get(item.id());
      if (text == null || text.isBlank()) {
        missing.add(item.id());
      } else {
        accepted.put(item.id(), text.strip());
      }
    }
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      StringBuilder message = new StringBuilder("wording file does not match ");
      message.append(instrument.id()).append(' ').append(instrument.version()).append(':');
      if (!unknown.isEmpty()) {
        message.append(" unknown item ids ").append(unknown);
      }
      if (!missing.isEmpty()) {
        message
            .append(unknown.isEmpty() ? "" : ";")
            .append(" no wording for item ids ")
            .append(missing);
      }
      throw new WordingImportException(message.toString(), unknown, missing);
    }
    return instrument.withWording(accepted);
  }
}
