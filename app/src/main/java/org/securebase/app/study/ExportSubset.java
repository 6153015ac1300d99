package org.securebase.app.study;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.securebase.app.kernel.BadInputException;

/**
 * Which part of a study an export holds: some waves, some instruments, some variables (each empty
 * for all). Instruments are the questionnaire instruments, the data entry forms, {@code aai} for
 * the AAI codings and {@code infant_ssp} for the Strange Situation classifications. A variable is
 * exported when it is named (or none are) and its form is chosen (or no instrument is).
 *
 * <p>The filter is written into the export's README, its data dictionary and {@code filter.csv}, so
 * a file found later still says what it leaves out.
 */
public record ExportSubset(List<String> waves, List<String> instruments, List<String> variables) {

  public static final ExportSubset ALL = new ExportSubset(List.of(), List.of(), List.of());

  /** The AAI codings as an instrument. */
  static final String AAI = "aai";

  /** The infant Strange Situation classifications as an instrument. */
  static final String INFANT = "infant_ssp";

  public ExportSubset {
    waves = List.copyOf(waves);
    instruments = List.copyOf(instruments);
    variables = List.copyOf(variables);
  }

  /** From the comma-separated {@code ?waves=}, {@code ?instruments=}, {@code ?variables=}. */
  public static ExportSubset parse(String waves, String instruments, String variables) {
    return new ExportSubset(names(waves), names(instruments), names(variables));
  }

  private static List<String> names(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
    return List.copyOf(names);
  }

  public boolean everything() {
    return waves.isEmpty() && instruments.isEmpty() && variables.isEmpty();
  }

  boolean wave(String name) {
    return waves.isEmpty() || waves.contains(name);
  }

  boolean instrument(String name) {
    return instruments.isEmpty() || instruments.contains(name);
  }

  boolean variable(String name, String form) {
    return (variables.isEmpty() || variables.contains(name))
        && (instruments.isEmpty() || (form != null && instruments.contains(form)));
  }

  /**
   * Refuses a name the study does not have, naming the parameter, so that a typing slip never gives
   * a silently empty export.
   */
  void check(Set<String> studyWaves, Set<String> studyInstruments, Set<String> studyVariables) {
    unknown("waves", waves, studyWaves);
    unknown("instruments", instruments, studyInstruments);
    unknown("variables", variables, studyVariables);
  }

  private static void unknown(String parameter, List<String> asked, Set<String> known) {
    List<String> missing = asked.stream().filter(a -> !known.contains(a)).toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(parameter, "not in this study: " + String.join(", ", missing));
    }
  }

  /** The filter in words, for the README and the dictionary. */
  String describe(String parameter) {
    List<String> names =
        switch (parameter) {
          case "waves" -> waves;
          case "instruments" -> instruments;
          default -> variables;
        };
    return names.isEmpty() ? "all" : String.join(", ", names);
  }
}
