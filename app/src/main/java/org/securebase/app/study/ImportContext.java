package org.securebase.app.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The study's current waves, participants and dictionary, looked up by their names. */
final class ImportContext {
  final Study study;
  final ImportKind kind;
  final Map<String, StudyWave> waves;
  final Map<String, Participant> participants;
  final Map<String, StudyVariable> variables;

  ImportContext(Study study, ImportKind kind, StudyRepository repository) {
    this.study = study;
    this.kind = kind;
    this.waves = byName(repository.waves(study.id()), StudyWave::name);
    this.participants = byName(repository.participants(study.id()), Participant::code);
    this.variables = byName(repository.variables(study.id()), StudyVariable::name);
  }

  private static <T> Map<String, T> byName(List<T> list, Function<T, String> name) {
    return list.stream().collect(Collectors.toMap(name, t -> t, (a, b) -> a, LinkedHashMap::new));
  }
}
