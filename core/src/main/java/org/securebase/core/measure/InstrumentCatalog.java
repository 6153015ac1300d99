package org.securebase.core.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validated set of instrument definitions. Definitions are JSON documents (see the shipped ones
 * under {@code org/securebase/core/measure/instruments/}); loading checks that every subscale names
 * known items, that reverse keys and recodings refer to items of the subscale, that each recoding
 * covers the whole answer range, and that ids are unique, and refuses the definition with every
 * problem named.
 *
 * <p>A catalog is immutable and thread-safe; {@link #builtIn()} is safe to keep as a constant.
 */
public final class InstrumentCatalog {

  /** Resource names of the definitions that ship with SecureBase. */
  static final List<String> BUILT_IN =
      List.of(
          "ecr-r.json",
          "ecr-rs.json",
          "rfq-8.json",
          "rq.json",
          "signs-of-security.json",
          "phq-9.json",
          "gad-7.json");

  private static final String RESOURCE_DIR = "/org/securebase/core/measure/instruments/";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, Instrument> byKey;

  private InstrumentCatalog(Map<String, Instrument> byKey) {
    this.byKey = byKey;
  }

  /** The definitions shipped with SecureBase, loaded and validated once. */
  public static InstrumentCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /** A catalog of the given definitions, each validated; a repeated id and version is refused. */
  public static InstrumentCatalog of(Collection<Instrument> instruments) {
    Map<String, Instrument> byKey = new LinkedHashMap<>();
    for (Instrument instrument : instruments) {
      validate(instrument, instrument.id() + " " + instrument.version());
      String key = key(instrument.id(), instrument.version());
      if (byKey.putIfAbsent(key, instrument) != null) {
        throw new InvalidInstrumentException(
            key, List.of("instrument " + key + " is defined twice in the catalog"));
      }
    }
    return new InstrumentCatalog(Map.copyOf(byKey));
  }

  /**
   * Parses and validates one JSON definition.
   *
   * @param json the definition
   * @param sourceName where it came from, used in error messages
   * @throws InvalidInstrumentException when the JSON is malformed or the definition is inconsistent
   */
  public static Instrument parse(String json, String sourceName) {
    Instrument instrument;
    try {
      instrument = MAPPER.readValue(json, Instrument.class);
    } catch (JacksonException e) {
      throw new InvalidInstrumentException(sourceName, List.of(e.getOriginalMessage()));
    }
    if (instrument == null) {
      throw new InvalidInstrumentException(sourceName, List.of("the document is empty"));
    }
    validate(instrument, sourceName);
    return instrument;
  }

  /** Parses and validates one JSON definition read from a stream (UTF-8). */
  public static Instrument parse(InputStream json, String sourceName) {
    try (json) {
      return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read instrument definition " + sourceName, e);
    }
  }

  /** The definition with this id and version. */
  public Optional<Instrument> find(String id, String version) {
    return Optional.ofNullable(byKey.get(key(id, version)));
  }

  /**
   * The definition with this id and version.
   *
   * @throws java.util.NoSuchElementException naming the id and version when there is none
   */
  public Instrument get(String id, String version) {
    return find(id, version)
        .orElseThrow(
            () -> new java.util.NoSuchElementException("no instrument " + key(id, version)));
  }

  /** The newest version of an instrument, comparing versions as dotted numbers. */
  public Optional<Instrument> latest(String id) {
    return byKey.values().stream()
        .filter(i -> i.id().equals(id))
        .max(Comparator.comparing(Instrument::version, InstrumentCatalog::compareVersions));
  }

  /** Every definition, ordered by id then version. */
  public List<Instrument> all() {
    return byKey.values().stream()
        .sorted(
            Comparator.comparing(Instrument::id)
                .thenComparing(Instrument::version, InstrumentCatalog::compareVersions))
        .toList();
  }

  /** The definitions clinicians may assign without an administrator enabling them. */
  public List<Instrument> enabledByDefault() {
    return all().stream().filter(Instrument::enabledByDefault).toList();
  }

  private static String key(String id, String version) {
    return id + "@" + version;
  }

  static int compareVersions(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int l = i < left.length ? parseOrZero(left[i]) : 0;
      int r = i < right.length ? parseOrZero(right[i]) : 0;
      if (l != r) {
        return Integer.compare(l, r);
      }
    }
    return a.compareTo(b);
  }

  private static int parseOrZero(String part) {
    try {
      return Integer.parseInt(part);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static void validate(Instrument instrument, String source) {
    List<String> problems = new ArrayList<>();
    requireText(instrument.id(), "id", problems);
    requireText(instrument.version(), "version", problems);
    requireText(instrument.title(), "title", problems);
    requireText(instrument.citation(), "citation", problems);
    requireText(instrument.licenceNote(), "licenceNote", problems);
    checkScale(instrument.scale(), "the instrument scale", problems);
    if (instrument.missingData() == null) {
      problems.add("missingData is required");
    } else if (!(instrument.missingData().maxMissingFraction() >= 0
        && instrument.missingData().maxMissingFraction() <= 1)) {
      problems.add("missingData.maxMissingFraction must lie between 0 and 1");
    }

    Map<String, Item> items = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      if (item.id() == null || item.id().isBlank()) {
        problems.add("an item has no id");
        continue;
      }
      if (item.id().contains(Instrument.TARGET_SEPARATOR)) {
        problems.add("item id '" + item.id() + "' must not contain '.'");
      }
      if (items.put(item.id(), item) != null) {
        problems.add("item id '" + item.id() + "' is used twice");
      }
      requireText(item.label(), "label of item '" + item.id() + "'", problems);
      if (item.scale() != null) {
        checkScale(item.scale(), "the scale of item '" + item.id() + "'", problems);
      }
    }
    if (items.isEmpty()) {
      problems.add("the instrument has no items");
    }
    checkWording(instrument, problems);

    Set<String> targetIds = new HashSet<>();
    for (Target target : instrument.targets()) {
      if (target.id() == null || target.id().isBlank() || !targetIds.add(target.id())) {
        problems.add("target id '" + target.id() + "' is missing or used twice");
      }
    }

    Set<String> subscaleIds = new HashSet<>();
    if (instrument.subscales().isEmpty()) {
      problems.add("the instrument has no subscales");
    }
    for (Subscale subscale : instrument.subscales()) {
      if (subscale.id() == null || !subscaleIds.add(subscale.id())) {
        problems.add("subscale id '" + subscale.id() + "' is missing or used twice");
      }
      checkSubscale(instrument, subscale, items, targetIds, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInstrumentException(source, problems);
    }
  }

  private static void checkWording(Instrument instrument, List<String> problems) {
    List<String> withWording =
        instrument.items().stream().filter(Item::hasWording).map(Item::id).toList();
    List<String> withoutWording =
        instrument.items().stream().filter(i -> !i.hasWording()).map(Item::id).toList();
    if (instrument.wordingSource() == WordingSource.NEUTRAL_LABELS_ONLY && !withWording.isEmpty()) {
      problems.add(
          "wordingSource is NEUTRAL_LABELS_ONLY but items " + withWording + " carry wording");
    }
    if (instrument.wordingSource() != WordingSource.NEUTRAL_LABELS_ONLY
        && !withoutWording.isEmpty()) {
      problems.add(
          "wordingSource is "
              + instrument.wordingSource()
              + " but items "
              + withoutWording
              + " have no wording");
    }
  }

  private static void checkSubscale(
      Instrument instrument,
      Subscale subscale,
      Map<String, Item> items,
      Set<String> targetIds,
      List<String> problems) {
    String where = "subscale '" + subscale.id() + "'";
    requireText(subscale.title(), "title of " + where, problems);
    if (subscale.items().isEmpty()) {
      problems.add(where + " has no items");
    }
    Set<String> seen = new HashSet<>();
    for (String itemId : subscale.items()) {
      if (!items.containsKey(itemId)) {
        problems.add(where + " names unknown item '" + itemId + "'");
      }
      if (!seen.add(itemId)) {
        problems.add(where + " lists item '" + itemId + "' twice");
      }
    }
    for (String itemId : sorted(subscale.reverseKeyed())) {
      if (!seen.contains(itemId)) {
        problems.add(where + " reverse-keys item '" + itemId + "' which is not in the subscale");
      }
    }
    for (var recoding : new java.util.TreeMap<>(subscale.recodings()).entrySet()) {
      String itemId = recoding.getKey();
      if (!seen.contains(itemId)) {
        problems.add(where + " recodes item '" + itemId + "' which is not in the subscale");
        continue;
      }
      if (subscale.reverseKeyed().contains(itemId)) {
        problems.add(where + " both reverse-keys and recodes item '" + itemId + "'");
      }
      Item item = items.get(itemId);
      ResponseScale scale = item == null ? null : instrument.scaleOf(item);
      if (scale == null) {
        continue;
      }
      for (int answer = scale.min(); answer <= scale.max(); answer++) {
        Double value = recoding.getValue().get(answer);
        if (value == null || !Double.isFinite(value)) {
          problems.add(
              where + " recoding of item '" + itemId + "' gives no value for answer " + answer);
        }
      }
      for (Integer answer : recoding.getValue().keySet()) {
        if (!scale.contains(answer)) {
          problems.add(
              where
                  + " recoding of item '"
                  + itemId
                  + "' maps answer "
                  + answer
                  + " outside "
                  + scale.min()
                  + ".."
                  + scale.max());
        }
      }
    }
    if (subscale.aggregation() == Aggregation.WEIGHTED_SUM) {
      if (!subscale.weights().keySet().equals(seen)) {
        problems.add(where + " is a weighted sum and needs a weight for each of its items");
      }
    } else if (!subscale.weights().isEmpty()) {
      problems.add(where + " has weights but is not a weighted sum");
    }
    for (Reliability reliability : subscale.reliability()) {
      if (reliability.target() != null && !targetIds.contains(reliability.target())) {
        problems.add(where + " reliability names unknown target '" + reliability.target() + "'");
      }
    }
    for (Norm norm : subscale.norms()) {
      if (norm.target() != null && !targetIds.contains(norm.target())) {
        problems.add(where + " norm names unknown target '" + norm.target() + "'");
      }
    }
  }

  private static List<String> sorted(Set<String> ids) {
    return ids.stream().sorted().toList();
  }

  private static void checkScale(ResponseScale scale, String what, List<String> problems) {
    if (scale == null) {
      problems.add(what + " is required");
    } else if (scale.min() >= scale.max()) {
      problems.add(what + " must have min below max");
    }
  }

  private static void requireText(String value, String field, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(field + " is required");
    }
  }

  /** Holder idiom: the built-in catalog is loaded on first use and shared, being immutable. */
  private static final class BuiltIn {
    static final InstrumentCatalog CATALOG = load();

    private static InstrumentCatalog load() {
      List<Instrument> instruments = new ArrayList<>();
      for (String name : BUILT_IN) {
        InputStream in = InstrumentCatalog.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
          throw new IllegalStateException("built-in instrument resource missing: " + name);
        }
        instruments.add(parse(in, name));
      }
      return of(instruments);
    }
  }
}
