package org.securebase.core.redcap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REDCap "raw" record export read against its data dictionary and translated into a study's
 * waves, participants and values.
 *
 * <p>Columns: the record id field first (it becomes the participant id), then optionally {@code
 * redcap_event_name} (a longitudinal project's unique event name, which becomes a wave), the data
 * columns of the dictionary ({@code field___code} for each checkbox choice), and {@code
 * <form>_complete} per form (0 incomplete, 1 unverified, 2 complete, which becomes the form's entry
 * status). REDCap's repeating instruments ({@code redcap_repeat_instance}) have no place in a
 * study's one-value-per-wave model, so rows that use them are refused by name; the column itself
 * may be present and empty. {@code redcap_data_access_group} is read and ignored: access here is by
 * study.
 *
 * <p>An event becomes the wave of the same name, or an existing wave whose name is the event's
 * without REDCap's {@code _arm_N} suffix ({@code baseline_arm_1} joins a wave called {@code
 * baseline}); the mapping is part of the translation so a screen can show it. A project without
 * events puts every record in the one wave it is given.
 */
public final class RecordExport {

  static final String EVENT = "redcap_event_name";
  static final String REPEAT_INSTRUMENT = "redcap_repeat_instrument";
  static final String REPEAT_INSTANCE = "redcap_repeat_instance";
  static final String ACCESS_GROUP = "redcap_data_access_group";
  private static final Pattern ARM = Pattern.compile("(.+)_arm_\\d+");

  private RecordExport() {}

  /** A form's entry status for one record and event, from its {@code _complete} column. */
  public record FormStatus(int line, String participant, String wave, String form, int status) {}

  /**
   * The translation: event-to-wave mapping, the waves to create, the participants, and rows of
   * SecureBase's values file ({@code participant_id, wave,} then one column per variable).
   */
  public record Translation(
      Map<String, String> eventToWave,
      List<String> newWaves,
      List<NativeRow> participants,
      List<String> valueColumns,
      List<NativeRow> values,
      List<FormStatus> formStatuses,
      List<RedcapProblem> problems) {

    public Translation {
      eventToWave = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eventToWave));
      newWaves = List.copyOf(newWaves);
      participants = List.copyOf(participants);
      valueColumns = List.copyOf(valueColumns);
      values = List.copyOf(values);
      formStatuses = List.copyOf(formStatuses);
      problems = List.copyOf(problems);
    }

    public boolean clean() {
      return problems.isEmpty();
    }
  }

  /**
   * Translates a record export.
   *
   * @param existingWaves the study's wave names, to map events onto
   * @param defaultWave the wave for a project without events (used only then)
   */
  public static Translation translate(
      DataDictionary dictionary,
      List<RedcapRow> records,
      Set<String> existingWaves,
      String defaultWave) {
    List<RedcapProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(new RedcapProblem(1, "", "the file is empty: REDCap's header row is needed"));
      return empty(problems);
    }
    List<String> header =
        records.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    Set<String> data = dictionary.dataColumns();
    Set<String> completes = new LinkedHashSet<>();
    dictionary.forms().forEach(f -> completes.add(f + "_complete"));
    checkHeader(dictionary, header, data, completes, problems);
    if (!problems.isEmpty()) {
      return empty(problems);
    }
    List<String> valueColumns = header.stream().filter(data::contains).toList();
    boolean longitudinal = header.contains(EVENT);
    Map<String, String> eventToWave = new LinkedHashMap<>();
    List<String> newWaves = new ArrayList<>();
    Map<String, NativeRow> participants = new LinkedHashMap<>();
    List<NativeRow> values = new ArrayList<>();
    List<FormStatus> statuses = new ArrayList<>();
    Map<String, Integer> keys = new LinkedHashMap<>();
    for (RedcapRow r : records.subList(1, records.size())) {
      if (r.cells().size() != header.size()) {
        problems.add(
            new RedcapProblem(
                r.line(),
                "",
                "has " + r.cells().size() + " fields where the header has " + header.size()));
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i), r.cells().get(i));
      }
      String id = cells.get(header.get(0)).strip();
      if (id.isEmpty()) {
        problems.add(new RedcapProblem(r.line(), header.get(0), "the record id is empty"));
        continue;
      }
      if (!cells.getOrDefault(REPEAT_INSTANCE, "").isBlank()
          || !cells.getOrDefault(REPEAT_INSTRUMENT, "").isBlank()) {
        problems.add(
            new RedcapProblem(
                r.line(),
                REPEAT_INSTANCE,
                "repeating instruments are not supported: a study keeps one value per wave"));
        continue;
      }
      String wave = defaultWave;
      if (longitudinal) {
        String event = cells.get(EVENT).strip();
        if (event.isEmpty()) {
          problems.add(new RedcapProblem(r.line(), EVENT, "the event name is empty"));
          continue;
        }
        wave = eventToWave.computeIfAbsent(event, e -> waveFor(e, existingWaves, newWaves));
      }
      Integer first = keys.putIfAbsent(id + "\u0000" + wave, r.line());
      if (first != null) {
        problems.add(
            new RedcapProblem(
                r.line(), header.get(0), "duplicate row: same record and event as line " + first));
        continue;
      }
      participants.putIfAbsent(
          id, new NativeRow(r.line(), Map.of("participant_id", id, "enrolled_on", "")));
      Map<String, String> row = new LinkedHashMap<>();
      row.put("participant_id", id);
      row.put("wave", wave);
      valueColumns.forEach(c -> row.put(c, cells.get(c)));
      values.add(new NativeRow(r.line(), row));
      for (String complete : completes) {
        String status = cells.getOrDefault(complete, "").strip();
        if (status.isEmpty()) {
          continue;
        }
        if (!status.matches("[012]")) {
          problems.add(
              new RedcapProblem(
                  r.line(),
                  complete,
                  "\"" + status + "\" is not 0, 1 or 2 (REDCap's form status)"));
          continue;
        }
        String form = complete.substring(0, complete.length() - "_complete".length());
        statuses.add(new FormStatus(r.line(), id, wave, form, Integer.parseInt(status)));
      }
    }
    List<String> columns = new ArrayList<>(List.of("participant_id", "wave"));
    columns.addAll(valueColumns);
    return new Translation(
        eventToWave,
        newWaves,
        List.copyOf(participants.values()),
        columns,
        values,
        statuses,
        problems);
  }

  private static void checkHeader(
      DataDictionary dictionary,
      List<String> header,
      Set<String> data,
      Set<String> completes,
      List<RedcapProblem> problems) {
    if (header.isEmpty() || !header.get(0).equals(dictionary.recordIdField())) {
      problems.add(
          new RedcapProblem(
              1,
              header.isEmpty() ? "" : header.get(0),
              "the first column must be the record id field, "
                  + dictionary.recordIdField()
                  + ", as in the study's REDCap dictionary"));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String column : header.subList(Math.min(1, header.size()), header.size())) {
      if (!seen.add(column)) {
        problems.add(new RedcapProblem(1, column, "the column comes twice"));
      } else if (column.equals(dictionary.recordIdField())) {
        problems.add(new RedcapProblem(1, column, "the record id field must be the first column"));
      } else if (!data.contains(column)
          && !completes.contains(column)
          && !column.equals(EVENT)
          && !column.equals(REPEAT_INSTRUMENT)
          && !column.equals(REPEAT_INSTANCE)
          && !column.equals(ACCESS_GROUP)) {
        problems.add(
            new RedcapProblem(
                1, column, "is not a field of the study's REDCap dictionary (export it \"raw\")"));
      }
    }
  }

  private static String waveFor(String event, Set<String> existing, List<String> created) {
    if (existing.contains(event)) {
      return event;
    }
    Matcher arm = ARM.matcher(event);
    if (arm.matches() && existing.contains(arm.group(1))) {
      return arm.group(1);
    }
    if (!created.contains(event)) {
      created.add(event);
    }
    return event;
  }

  private static Translation empty(List<RedcapProblem> problems) {
    return new Translation(
        Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), problems);
  }
}
