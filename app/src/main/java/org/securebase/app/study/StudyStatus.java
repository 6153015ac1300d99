package org.securebase.app.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record status dashboard, as REDCap users know it: participants by waves, each cell saying how
 * far its data entry has come, with counts per wave and what is missing per variable.
 *
 * <p>A cell is <em>complete</em> when every form of the study is marked complete for it,
 * <em>incomplete</em> when any value or form status is stored but not every form is complete, and
 * <em>not started</em> otherwise. A study without forms (a dictionary imported in SecureBase's own
 * format) has one implicit form, "all variables", complete when every required variable has a
 * value. Double entry states come from {@link DoubleEntry} and take precedence while a form is
 * being double-entered.
 */
@Service
public class StudyStatus {

  /** How far a participant's data entry for one wave has come. */
  public enum CellState {
    NOT_STARTED,
    INCOMPLETE,
    COMPLETE,
    DOUBLE_ENTRY_PENDING,
    DOUBLE_ENTRY_RESOLVED;

    /** The message that names this state on a page. */
    public String messageKey() {
      return "research.state." + name();
    }
  }

  /** One row of the grid: the participant's id in the study and the state in each wave. */
  public record Row(String participant, List<CellState> cells) {}

  /** Counts of each state in one wave. */
  public record WaveCount(String wave, Map<CellState, Integer> counts) {

    public int count(CellState state) {
      return counts.getOrDefault(state, 0);
    }
  }

  /**
   * A variable's missing data: among the participant-waves where entry has started, how many hold a
   * value and how many do not.
   */
  public record Missing(String variable, String label, boolean required, int present, int missing) {

    public double missingShare() {
      int total = present + missing;
      return total == 0 ? 0 : (double) missing / total;
    }
  }

  /** The whole dashboard. */
  public record Dashboard(
      Study study,
      List<String> waves,
      List<String> forms,
      List<Row> rows,
      int participants,
      int page,
      int pages,
      List<WaveCount> counts,
      List<Missing> missing) {}

  static final int PAGE_SIZE = 100;

  private final Studies studies;
  private final StudyRepository repository;
  private final EntryRepository entries;
  private final RedcapRepository redcap;
  private final DoubleEntry doubleEntry;
  private final AuditLog audit;

  StudyStatus(
      Studies studies,
      StudyRepository repository,
      EntryRepository entries,
      RedcapRepository redcap,
      DoubleEntry doubleEntry,
      AuditLog audit) {
    this.studies = studies;
    this.repository = repository;
    this.entries = entries;
    this.redcap = redcap;
    this.doubleEntry = doubleEntry;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Dashboard of(UUID studyId, int page, SignedInUser reader) {
    Study study = studies.visible(studyId, reader, "READ_STATUS");
    audit.record("READ_STATUS", Studies.RECORD_TYPE, studyId);
    List<StudyWave> waves = repository.waves(studyId);
    List<Participant> participants = repository.participants(studyId);
    List<StudyVariable> variables = repository.variables(studyId);
    List<RedcapRepository.FormPlace> places = redcap.formPlaces(studyId);
    Set<String> forms = new LinkedHashSet<>();
    places.forEach(p -> forms.add(p.form()));
    Map<UUID, Boolean> required = new HashMap<>();
    places.forEach(p -> required.put(p.variableId(), p.required()));

    Map<String, Set<UUID>> present = entries.presentVariables(studyId);
    Map<String, Map<String, Integer>> statuses = new HashMap<>();
    for (RedcapRepository.FormStatus s : redcap.formStatuses(studyId)) {
      statuses
          .computeIfAbsent(key(s.participantId(), s.waveId()), k -> new HashMap<>())
          .put(s.form(), s.status());
    }
    Map<String, DoubleEntry.State> doubles = doubleEntry.states(studyId);

    Map<CellState, Integer>[] perWave = newCounts(waves.size());
    List<Row> rows = new ArrayList<>();
    int[] presentCount = new int[variables.size()];
    int started = 0;
    int[] startedPerVariable = new int[variables.size()];
    int from = Math.max(0, page - 1) * PAGE_SIZE;
    for (int pi = 0; pi < participants.size(); pi++) {
      Participant p = participants.get(pi);
      List<CellState> cells = new ArrayList<>();
      for (int wi = 0; wi < waves.size(); wi++) {
        String key = key(p.id(), waves.get(wi).id());
        Set<UUID> values = present.getOrDefault(key, Set.of());
        CellState state =
            state(values, statuses.get(key), doubles.get(key), forms, variables, required);
        perWave[wi].merge(state, 1, Integer::sum);
        if (state != CellState.NOT_STARTED) {
          started++;
          for (int vi = 0; vi < variables.size(); vi++) {
            startedPerVariable[vi]++;
            if (values.contains(variables.get(vi).id())) {
              presentCount[vi]++;
            }
          }
        }
        cells.add(state);
      }
      if (pi >= from && pi < from + PAGE_SIZE) {
        rows.add(new Row(p.code(), cells));
      }
    }
    List<WaveCount> counts = new ArrayList<>();
    for (int wi = 0; wi < waves.size(); wi++) {
      counts.add(new WaveCount(waves.get(wi).name(), perWave[wi]));
    }
    List<Missing> missing = new ArrayList<>();
    for (int vi = 0; vi < variables.size(); vi++) {
      StudyVariable v = variables.get(vi);
      missing.add(
          new Missing(
              v.name(),
              v.label(),
              required.getOrDefault(v.id(), false),
              presentCount[vi],
              startedPerVariable[vi] - presentCount[vi]));
    }
    int pages = Math.max(1, (participants.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    return new Dashboard(
        study,
        waves.stream().map(StudyWave::name).toList(),
        List.copyOf(forms),
        rows,
        participants.size(),
        Math.min(Math.max(1, page), pages),
        pages,
        counts,
        missing);
  }

  static CellState state(
      Set<UUID> values,
      Map<String, Integer> formStatus,
      DoubleEntry.State doubled,
      Set<String> forms,
      List<StudyVariable> variables,
      Map<UUID, Boolean> required) {
    if (doubled == DoubleEntry.State.PENDING) {
      return CellState.DOUBLE_ENTRY_PENDING;
    }
    boolean anything = !values.isEmpty() || (formStatus != null && !formStatus.isEmpty());
    if (!anything) {
      return doubled == DoubleEntry.State.RESOLVED
          ? CellState.DOUBLE_ENTRY_RESOLVED
          : CellState.NOT_STARTED;
    }
    boolean complete;
    if (forms.isEmpty()) {
      // One implicit form: its status when someone marked it, else complete once it holds values.
      Integer marked = formStatus == null ? null : formStatus.get(DataEntry.ALL_VARIABLES);
      complete = marked != null ? marked == 2 : !values.isEmpty();
    } else {
      complete =
          formStatus != null && forms.stream().allMatch(f -> formStatus.getOrDefault(f, 0) == 2);
    }
    if (doubled == DoubleEntry.State.RESOLVED) {
      return complete ? CellState.DOUBLE_ENTRY_RESOLVED : CellState.INCOMPLETE;
    }
    return complete ? CellState.COMPLETE : CellState.INCOMPLETE;
  }

  @SuppressWarnings("unchecked")
  private static Map<CellState, Integer>[] newCounts(int n) {
    Map<CellState, Integer>[] counts = (Map<CellState, Integer>[]) new Map<?, ?>[n];
    for (int i = 0; i < n; i++) {
      counts[i] = new LinkedHashMap<>();
      for (CellState s : CellState.values()) {
        counts[i].put(s, 0);
      }
    }
    return counts;
  }

  static String key(UUID participant, UUID wave) {
    return participant + "/" + wave;
  }
}
