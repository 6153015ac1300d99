package org.securebase.app.study;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data entry forms generated from a study's data dictionary, one per form, participant and wave.
 *
 * <p>A value typed on a form meets the same check as the same value in an imported file ({@link
 * StudyVariable#canonical}); a form with any refused field stores nothing and comes back with every
 * problem beside its field and what was typed. "Save" keeps an incomplete form; "Mark complete"
 * also needs every required field. Every change of a stored value keeps its old and new value
 * ({@code study_value_change}) and is audited.
 *
 * <p>On a double-entry form each person fills their own copy, blind to the other's; only the values
 * a third person resolves ({@link DoubleEntry}) are stored as the study's values.
 */
@Service
public class DataEntry {

  /** The form of a study whose dictionary has no forms: every variable on one page. */
  public static final String ALL_VARIABLES = "all";

  private final Studies studies;
  private final StudyRepository repository;
  private final StudyDataRepository data;
  private final RedcapRepository redcap;
  private final EntryRepository entries;
  private final AuditLog audit;
  private final Clock clock;

  DataEntry(
      Studies studies,
      StudyRepository repository,
      StudyDataRepository data,
      RedcapRepository redcap,
      EntryRepository entries,
      AuditLog audit,
      Clock clock) {
    this.studies = studies;
    this.repository = repository;
    this.data = data;
    this.redcap = redcap;
    this.entries = entries;
    this.audit = audit;
    this.clock = clock;
  }

  /** One field of a form, with what is stored or was typed, and its problem if refused. */
  public record Field(
      String name,
      String label,
      String type,
      String min,
      String max,
      List<Choice> choices,
      boolean required,
      String help,
      String units,
      boolean sensitive,
      String value,
      String problemKey,
      String problemDetail,
      String branching,
      boolean hidden) {

    /** The HTML input for this field's type. */
    public String input() {
      return switch (type) {
        case "integer", "decimal" -> "number";
        case "date" -> "date";
        case "category" -> "select";
        default -> sensitive ? "textarea" : "text";
      };
    }

    /** The step of a number input; none for other inputs. */
    public String step() {
      return switch (type) {
        case "integer" -> "1";
        case "decimal" -> "any";
        default -> null;
      };
    }
  }

  /** One allowed value of a category field. */
  public record Choice(String code, String label) {}

  /** A form as shown: where it belongs, its fields, and how far its entry has come. */
  public record Form(
      Study study,
      String participant,
      String wave,
      String form,
      List<String> forms,
      List<Field> fields,
      boolean doubleEntry,
      int slot,
      boolean complete,
      boolean resolved) {

    /** Whether a form name is the one form of a study without forms. */
    public boolean isAllVariables(String name) {
      return ALL_VARIABLES.equals(name);
    }
  }

  /** The record page: one participant and wave, each form with its status. */
  public record FormState(String form, String state) {}

  /** A participant-wave context resolved from the URL, or a 404. */
  record Cell(Study study, Participant participant, StudyWave wave) {}

  Cell cell(UUID studyId, String participantCode, String waveName, SignedInUser user, String act) {
    Study study = studies.visible(studyId, user, act);
    Participant p =
        repository.participants(studyId).stream()
            .filter(x -> x.code().equals(participantCode))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("participant", participantCode));
    StudyWave w =
        repository.waves(studyId).stream()
            .filter(x -> x.name().equals(waveName))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("wave", waveName));
    return new Cell(study, p, w);
  }

  /** The study, when this person may enter its data (audited by the caller). */
  Study cellStudy(UUID studyId, SignedInUser user, String act) {
    return studies.visible(studyId, user, act);
  }

  private boolean isImplicit(UUID studyId, String form) {
    return ALL_VARIABLES.equals(form) && redcap.formPlaces(studyId).isEmpty();
  }

  /** The forms of a study in dictionary order ({@link #ALL_VARIABLES} when it has none). */
  List<String> forms(UUID studyId) {
    Set<String> forms = new LinkedHashSet<>();
    redcap.formPlaces(studyId).forEach(p -> forms.add(p.form()));
    return forms.isEmpty() ? List.of(ALL_VARIABLES) : List.copyOf(forms);
  }

  /** The variables on a form, in dictionary order. */
  List<StudyVariable> variables(UUID studyId, String form) {
    List<StudyVariable> all = repository.variables(studyId);
    List<RedcapRepository.FormPlace> places = redcap.formPlaces(studyId);
    if (places.isEmpty()) {
      if (!form.equals(ALL_VARIABLES)) {
        throw new RecordNotFoundException("form", form);
      }
      return all;
    }
    Set<UUID> onForm = new LinkedHashSet<>();
    places.stream().filter(p -> p.form().equals(form)).forEach(p -> onForm.add(p.variableId()));
    if (onForm.isEmpty()) {
      throw new RecordNotFoundException("form", form);
    }
    return all.stream().filter(v -> onForm.contains(v.id())).toList();
  }

  /** The form with what is stored (or, on a double-entry form, this person's own entry). */
  @Transactional(readOnly = true)
  public Form show(UUID studyId, String participant, String wave, String form, SignedInUser user) {
    Cell c = cell(studyId, participant, wave, user, "READ_ENTRY");
    List<StudyVariable> variables = variables(studyId, form);
    audit.record("READ_ENTRY", Studies.RECORD_TYPE, studyId);
    boolean doubled = entries.doubleEntryForms(studyId).contains(form);
    Map<UUID, String> values;
    int slot = 0;
    boolean complete;
    boolean resolved =
        doubled && entries.resolvedBy(c.participant().id(), c.wave().id(), form).isPresent();
    if (doubled && !resolved) {
      EntryRepository.Entry own = ownEntry(c, form, user.username());
      values = own == null ? Map.of() : entries.entryValues(own.id());
      slot = own == null ? 0 : own.slot();
      complete = own != null && own.complete();
    } else {
      values = entries.values(c.participant().id(), c.wave().id());
      int marked = status(c, form);
      // As on the status page: an unmarked implicit form is complete once it holds values.
      complete = marked == 2 || (marked < 0 && isImplicit(studyId, form) && !values.isEmpty());
    }
    List<Field> fields = new ArrayList<>();
    Map<UUID, Boolean> required = required(studyId);
    Map<UUID, String> help = help(studyId);
    FormFields shown = formFields(studyId);
    Set<String> hidden = shown.hidden(variables, byName(studyId, values));
    for (StudyVariable v : variables) {
      boolean h = hidden.contains(v.name());
      fields.add(shown.field(v, required, help, h ? null : values.get(v.id()), null, null, h));
    }
    return new Form(
        c.study(),
        participant,
        wave,
        form,
        forms(studyId),
        fields,
        doubled,
        slot,
        complete,
        resolved);
  }

  /**
   * Saves a form. Nothing is stored when any field is refused: the {@link FormRefused} carries the
   * form with every problem beside its field and what was typed.
   */
  @Transactional
  public void save(
      UUID studyId,
      String participant,
      String wave,
      String form,
      Map<String, String> typed,
      boolean markComplete,
      SignedInUser user) {
    Cell c = cell(studyId, participant, wave, user, "WRITE_ENTRY");
    List<StudyVariable> variables = variables(studyId, form);
    Map<UUID, Boolean> required = required(studyId);
    Map<UUID, String> help = help(studyId);
    Map<UUID, String> values = new LinkedHashMap<>();
    List<Field> fields = new ArrayList<>();
    FormFields shown = formFields(studyId);
    Map<String, String> record =
        byName(studyId, entries.values(c.participant().id(), c.wave().id()));
    variables.forEach(v -> record.put(v.name(), typed.getOrDefault(v.name(), "").strip()));
    Set<String> hidden = shown.hidden(variables, record);
    boolean refused =
        EntryFields.check(
            variables, typed, markComplete, required, help, values, fields, shown, hidden);
    boolean doubled = entries.doubleEntryForms(studyId).contains(form);
    if (refused) {
      throw new FormRefused(
          new Form(
              c.study(),
              participant,
              wave,
              form,
              forms(studyId),
              fields,
              doubled,
              0,
              false,
              false));
    }
    if (doubled) {
      saveOwnEntry(c, form, variables, values, markComplete, user.username());
    } else {
      store(c, variables, values, user.username());
      redcap.setFormStatus(
          new RedcapRepository.FormStatus(
              c.participant().id(), c.wave().id(), form, markComplete ? 2 : 0),
          user.username(),
          clock.instant());
    }
    audit.record(markComplete ? "ENTER_COMPLETE" : "ENTER_SAVE", Studies.RECORD_TYPE, studyId);
  }

  /**
   * Writes values as the study's stored values, keeping the old and new value of each change; a
   * variable with no value is emptied. Used by forms and by a double-entry resolution.
   */
  void store(Cell c, List<StudyVariable> variables, Map<UUID, String> values, String actor) {
    Map<UUID, String> stored = entries.values(c.participant().id(), c.wave().id());
    for (StudyVariable v : variables) {
      String old = stored.get(v.id());
      String now = values.get(v.id());
      if (Objects.equals(old, now)) {
        continue;
      }
      entries.recordChange(
          c.participant().id(), c.wave().id(), v, old, now, actor, clock.instant());
      if (now == null) {
        entries.deleteValue(c.participant().id(), c.wave().id(), v.id());
      } else {
        data.upsertValue(c.participant().id(), c.wave().id(), v, now);
      }
    }
  }

  private void saveOwnEntry(
      Cell c,
      String form,
      List<StudyVariable> variables,
      Map<UUID, String> values,
      boolean complete,
      String actor) {
    if (entries.resolvedBy(c.participant().id(), c.wave().id(), form).isPresent()) {
      throw new StaleEditException("form", form);
    }
    EntryRepository.Entry own = ownEntry(c, form, actor);
    if (own == null) {
      List<EntryRepository.Entry> existing =
          entries.entries(c.participant().id(), c.wave().id(), form);
      if (existing.size() >= 2) {
        throw new BadInputException("form", "research.entry.twoEntriesAlready");
      }
      int slot = existing.isEmpty() || existing.get(0).slot() == 2 ? 1 : 2;
      own =
          entries.insertEntry(
              c.participant().id(), c.wave().id(), form, slot, actor, clock.instant());
    }
    entries.replaceEntryValues(own.id(), variables, values);
    entries.markEntry(own.id(), complete, clock.instant());
  }

  private EntryRepository.Entry ownEntry(Cell c, String form, String actor) {
    return entries.entries(c.participant().id(), c.wave().id(), form).stream()
        .filter(e -> e.enteredBy().equals(actor))
        .findFirst()
        .orElse(null);
  }

  private int status(Cell c, String form) {
    return redcap.formStatuses(c.study().id()).stream()
        .filter(
            s ->
                s.participantId().equals(c.participant().id())
                    && s.waveId().equals(c.wave().id())
                    && s.form().equals(form))
        .mapToInt(RedcapRepository.FormStatus::status)
        .findFirst()
        .orElse(-1);
  }

  private FormFields formFields(UUID studyId) {
    return FormFields.of(redcap.dictionary(studyId), repository.variables(studyId));
  }

  /** Values by variable name, for branching logic. */
  private Map<String, String> byName(UUID studyId, Map<UUID, String> values) {
    Map<String, String> m = new java.util.HashMap<>();
    repository.variables(studyId).forEach(v -> m.put(v.name(), values.getOrDefault(v.id(), "")));
    return m;
  }

  Map<UUID, Boolean> required(UUID studyId) {
    Map<UUID, Boolean> m = new LinkedHashMap<>();
    redcap.formPlaces(studyId).forEach(p -> m.put(p.variableId(), p.required()));
    return m;
  }

  private Map<UUID, String> help(UUID studyId) {
    Map<UUID, String> m = new LinkedHashMap<>();
    redcap.formPlaces(studyId).forEach(p -> m.put(p.variableId(), p.help()));
    return m;
  }
}
