package org.securebase.app.study;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double data entry, as labs use it for paper questionnaires and AAI score sheets: two people enter
 * the same form blind, a comparison lists every field where they differ, and a third person
 * (neither of the two) resolves each difference. Only the resolved values become the study's
 * values; the two entries are kept, so agreement per field can be reported (the share of compared
 * forms in which both entries held the same value).
 */
@Service
public class DoubleEntry {

  /** Where a participant-wave stands in double entry. */
  public enum State {
    PENDING,
    RESOLVED
  }

  /** One field of the comparison: both entries' values and whether they agree. */
  public record Difference(String name, String label, String first, String second, boolean agree) {}

  /** The comparison of a form's two entries. */
  public record Comparison(
      Study study,
      String participant,
      String wave,
      String form,
      String firstBy,
      String secondBy,
      boolean bothComplete,
      boolean resolved,
      List<Difference> fields) {

    public long disagreements() {
      return fields.stream().filter(f -> !f.agree()).count();
    }
  }

  /** Agreement of one field over every pair of complete entries. */
  public record FieldAgreement(String variable, int compared, int agreed) {
    public double share() {
      return compared == 0 ? 0 : (double) agreed / compared;
    }
  }

  private final DataEntry entry;
  private final EntryRepository entries;
  private final StudyRepository repository;
  private final RedcapRepository redcap;
  private final AuditLog audit;
  private final Clock clock;

  DoubleEntry(
      @Lazy DataEntry entry,
      EntryRepository entries,
      StudyRepository repository,
      RedcapRepository redcap,
      AuditLog audit,
      Clock clock) {
    this.entry = entry;
    this.entries = entries;
    this.repository = repository;
    this.redcap = redcap;
    this.audit = audit;
    this.clock = clock;
  }

  /** Per participant-wave key: pending while any double-entered form is unresolved. */
  Map<String, State> states(UUID studyId) {
    Map<String, State> states = new HashMap<>();
    for (EntryRepository.DoubleEntryRow r : entries.doubleEntryRows(studyId)) {
      String key = StudyStatus.key(r.participantId(), r.waveId());
      State s = r.resolved() ? State.RESOLVED : State.PENDING;
      states.merge(key, s, (a, b) -> a == State.PENDING || b == State.PENDING ? State.PENDING : a);
    }
    return states;
  }

  /** Which forms of a study are double-entered. */
  @Transactional
  public void setForm(UUID studyId, String form, boolean on, SignedInUser user) {
    entry.cellStudy(studyId, user, "SET_DOUBLE_ENTRY");
    if (!entry.forms(studyId).contains(form)) {
      throw new BadInputException("form", "research.entry.noSuchForm");
    }
    entries.setDoubleEntry(studyId, form, on);
    audit.record("SET_DOUBLE_ENTRY", Studies.RECORD_TYPE, studyId);
  }

  @Transactional(readOnly = true)
  public java.util.Set<String> forms(UUID studyId) {
    return entries.doubleEntryForms(studyId);
  }

  /**
   * The comparison, for a third person: the two people who entered the form see their own entry
   * only (blind), so for them it is refused.
   */
  @Transactional(readOnly = true)
  public Comparison compare(
      UUID studyId, String participant, String wave, String form, SignedInUser user) {
    DataEntry.Cell c = entry.cell(studyId, participant, wave, user, "READ_COMPARISON");
    List<EntryRepository.Entry> both = entries.entries(c.participant().id(), c.wave().id(), form);
    if (both.stream().anyMatch(e -> e.enteredBy().equals(user.username()))) {
      throw new BadInputException("form", "research.compare.notYours");
    }
    audit.record("READ_COMPARISON", Studies.RECORD_TYPE, studyId);
    List<StudyVariable> variables = entry.variables(studyId, form);
    Map<UUID, String> first = both.isEmpty() ? Map.of() : entries.entryValues(both.get(0).id());
    Map<UUID, String> second = both.size() < 2 ? Map.of() : entries.entryValues(both.get(1).id());
    List<Difference> fields = new ArrayList<>();
    for (StudyVariable v : variables) {
      String a = first.get(v.id());
      String b = second.get(v.id());
      fields.add(new Difference(v.name(), v.label(), nz(a), nz(b), Objects.equals(a, b)));
    }
    boolean complete = both.size() == 2 && both.stream().allMatch(EntryRepository.Entry::complete);
    return new Comparison(
        c.study(),
        participant,
        wave,
        form,
        both.isEmpty() ? "" : both.get(0).enteredBy(),
        both.size() < 2 ? "" : both.get(1).enteredBy(),
        complete,
        entries.resolvedBy(c.participant().id(), c.wave().id(), form).isPresent(),
        fields);
  }

  /**
   * Resolves a compared form: agreed values are taken as they are, every difference needs a chosen
   * value ({@code chosen} by field name), checked like any entered value. The result becomes the
   * study's values and the form is marked complete.
   */
  @Transactional
  public void resolve(
      UUID studyId,
      String participant,
      String wave,
      String form,
      Map<String, String> chosen,
      SignedInUser user) {
    Comparison comparison = compare(studyId, participant, wave, form, user);
    if (!comparison.bothComplete()) {
      throw new BadInputException("form", "research.compare.notBothComplete");
    }
    if (comparison.resolved()) {
      throw new StaleEditException("form", form);
    }
    DataEntry.Cell c = entry.cell(studyId, participant, wave, user, "RESOLVE_ENTRY");
    List<StudyVariable> variables = entry.variables(studyId, form);
    Map<UUID, String> values = new LinkedHashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      StudyVariable v = variables.get(i);
      Difference d = comparison.fields().get(i);
      String value;
      if (d.agree()) {
        value = d.first();
      } else {
        value = chosen.get(v.name());
        if (value == null) {
          throw new BadInputException(v.name(), "research.compare.choose");
        }
      }
      if (!value.isBlank()) {
        try {
          values.put(v.id(), v.canonical(value));
        } catch (IllegalArgumentException e) {
          throw new BadInputException(v.name(), e.getMessage());
        }
      }
    }
    entry.store(c, variables, values, user.username());
    redcap.setFormStatus(
        new RedcapRepository.FormStatus(c.participant().id(), c.wave().id(), form, 2),
        user.username(),
        clock.instant());
    entries.insertResolution(
        c.participant().id(), c.wave().id(), form, user.username(), clock.instant());
    audit.record("RESOLVE_ENTRY", Studies.RECORD_TYPE, studyId);
  }

  /** Agreement per field over every pair of complete entries of the study. */
  List<FieldAgreement> agreement(UUID studyId) {
    List<StudyVariable> variables = repository.variables(studyId);
    int[] compared = new int[variables.size()];
    int[] agreed = new int[variables.size()];
    Map<UUID, Integer> index = new HashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      index.put(variables.get(i).id(), i);
    }
    for (EntryRepository.EntryPair pair : entries.completePairs(studyId)) {
      Map<UUID, String> a = entries.entryValues(pair.first());
      Map<UUID, String> b = entries.entryValues(pair.second());
      java.util.Set<UUID> keys = new java.util.HashSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (UUID variable : keys) {
        Integer i = index.get(variable);
        if (i != null) {
          compared[i]++;
          if (Objects.equals(a.get(variable), b.get(variable))) {
            agreed[i]++;
          }
        }
      }
    }
    List<FieldAgreement> out = new ArrayList<>();
    for (int i = 0; i < variables.size(); i++) {
      if (compared[i] > 0) {
        out.add(new FieldAgreement(variables.get(i).name(), compared[i], agreed[i]));
      }
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
