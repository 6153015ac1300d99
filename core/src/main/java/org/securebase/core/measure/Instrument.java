package org.securebase.core.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned self-report instrument definition: items, response scale, subscales with their keys,
 * missing-data rule, reliability values and optional norms. Scores are computed from the definition
 * alone, and every score and response set names the definition's id <em>and</em> version, because
 * the same answers give different scores under different keys (the 1998 ECR and the 2000 ECR-R).
 *
 * <p>Instances are immutable and thread-safe. Obtain validated instances from {@link
 * InstrumentCatalog}.
 *
 * @param id stable instrument id ({@code ecr-r})
 * @param version definition version; bumped whenever keys, items or rules change
 * @param title full title
 * @param citation the publication that defines the instrument and its scoring
 * @param licenceNote what the licence allows, shown to administrators
 * @param enabledByDefault whether clinicians may assign it without an administrator enabling it
 * @param selfMonitoring true for our own self-monitoring tools, which are not validated measures
 * @param wordingSource where the item wording came from
 * @param scale the answer range of every item without its own scale
 * @param targets relationship targets the items are rated for; empty for single-target instruments
 * @param items the items in canonical order
 * @param subscales the scored dimensions
 * @param missingData when a subscale is scored despite missing answers
 * @param notes further notes for screens and footnotes (for example "not for individual
 *     assessment")
 */
public record Instrument(
    String id,
    String version,
    String title,
    String citation,
    String licenceNote,
    boolean enabledByDefault,
    boolean selfMonitoring,
    WordingSource wordingSource,
    ResponseScale scale,
    List<Target> targets,
    List<Item> items,
    List<Subscale> subscales,
    MissingDataRule missingData,
    List<String> notes) {

  /** Separator between target id and item id in answer keys ({@code mother.1}). */
  public static final String TARGET_SEPARATOR = ".";

  public Instrument {
    wordingSource = wordingSource == null ? WordingSource.NEUTRAL_LABELS_ONLY : wordingSource;
    targets = targets == null ? List.of() : List.copyOf(targets);
    items = items == null ? List.of() : List.copyOf(items);
    subscales = subscales == null ? List.of() : List.copyOf(subscales);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** Whether the same items are rated for several relationship targets (ECR-RS). */
  @JsonIgnore // derived; kept out of JSON so a serialized definition parses back
  public boolean isTargeted() {
    return !targets.isEmpty();
  }

  /** The item with this id, if any. */
  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** The subscale with this id, if any. */
  public Optional<Subscale> subscale(String subscaleId) {
    return subscales.stream().filter(s -> s.id().equals(subscaleId)).findFirst();
  }

  /** The answer range of an item: its own scale if it has one, else the instrument's. */
  public ResponseScale scaleOf(Item item) {
    return item.scale() != null ? item.scale() : scale;
  }

  /**
   * The answer key of an item for a target ({@code mother.1}), or the bare item id when untargeted.
   */
  public static String answerKey(String targetId, String itemId) {
    return targetId == null ? itemId : targetId + TARGET_SEPARATOR + itemId;
  }

  /**
   * Every answer key in canonical order: item ids, or for targeted instruments each target's items
   * in turn. Forms show this order unless a stored response set says otherwise.
   */
  public List<String> answerKeys() {
    if (!isTargeted()) {
      return items.stream().map(Item::id).toList();
    }
    List<String> keys = new ArrayList<>();
    for (Target target : targets) {
      for (Item item : items) {
        keys.add(answerKey(target.id(), item.id()));
      }
    }
    return List.copyOf(keys);
  }

  /** This definition with licensed wording applied; used by {@link ItemWordingImport}. */
  Instrument withWording(Map<String, String> wordingByItemId) {
    Map<String, Item> updated = new LinkedHashMap<>();
    for (Item item : items) {
      updated.put(
          item.id(), item.withWording(wordingByItemId.getOrDefault(item.id(), item.wording())));
    }
    return new Instrument(
        id,
        version,
        title,
        citation,
        licenceNote,
        enabledByDefault,
        selfMonitoring,
        WordingSource.IMPORTED,
        scale,
        targets,
        List.copyOf(updated.values()),
        subscales,
        missingData,
        notes);
  }
}
