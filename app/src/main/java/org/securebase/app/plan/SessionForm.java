package org.securebase.app.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A session as the clinician records it, with progress per objective and the note draft. */
public class SessionForm {

  @NotNull(message = "enter the session date")
  @PastOrPresent(message = "a session date cannot be in the future")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn;

  @NotBlank(message = "enter the modality, for example mentalization-based treatment")
  @Size(max = 120, message = "use at most 120 characters")
  private String modality;

  @Size(max = 200, message = "use at most 200 characters")
  private String framework;

  @Size(max = 2000, message = "use at most 2,000 characters")
  private String problem;

  @Size(max = 20000, message = "use at most 20,000 characters")
  private String notes;

  @Size(max = 20000, message = "use at most 20,000 characters")
  private String progressNote;

  /** The most progress one session may record toward one objective: an objective's top target. */
  public static final int MAX_COUNT = 500;

  @Valid private List<ProgressRow> progress = new ArrayList<>();

  /** The version of the draft this form edits; null for a new session. */
  private Integer version;

  /**
   * The form for editing a saved draft: its fields, and one progress row per objective of the
   * current plan and per objective the draft already counted.
   */
  static SessionForm of(TherapySession s, PlanPage page) {
    SessionForm form = new SessionForm();
    form.setHeldOn(s.heldOn());
    form.setModality(s.modality());
    form.setFramework(s.framework());
    form.setProblem(s.problem());
    form.setNotes(s.notes());
    form.setProgressNote(s.progressNote());
    form.setVersion(s.version());
    java.util.LinkedHashMap<UUID, Integer> counts = new java.util.LinkedHashMap<>();
    page.standings().forEach(st -> counts.put(st.objective().key(), null));
    s.progress().forEach(p -> counts.put(p.objectiveKey(), p.count()));
    counts.forEach(
        (key, count) -> {
          ProgressRow row = new ProgressRow();
          row.setObjectiveKey(key);
          row.setCount(count);
          form.getProgress().add(row);
        });
    return form;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  /** Progress toward one objective in this session. */
  public static class ProgressRow {
    private UUID objectiveKey;

    @Min(value = 0, message = "use 0 or more")
    @Max(value = MAX_COUNT, message = "use at most 500 (the largest target an objective can have)")
    private Integer count;

    public UUID getObjectiveKey() {
      return objectiveKey;
    }

    public void setObjectiveKey(UUID objectiveKey) {
      this.objectiveKey = objectiveKey;
    }

    public Integer getCount() {
      return count;
    }

    public void setCount(Integer count) {
      this.count = count;
    }
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getModality() {
    return modality;
  }

  public void setModality(String modality) {
    this.modality = modality;
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getProgressNote() {
    return progressNote;
  }

  public void setProgressNote(String progressNote) {
    this.progressNote = progressNote;
  }

  public List<ProgressRow> getProgress() {
    return progress;
  }

  public void setProgress(List<ProgressRow> progress) {
    this.progress = progress;
  }
}
