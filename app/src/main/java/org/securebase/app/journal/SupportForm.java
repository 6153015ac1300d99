package org.securebase.app.journal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** What a client enters in the support log. */
public class SupportForm {

  @NotNull(message = "enter when it happened")
  @PastOrPresent(message = "this cannot be in the future")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
  private LocalDateTime occurredAt;

  @NotNull(message = "choose who you turned to")
  private SupportRole role;

  @NotNull(message = "choose how it went")
  private SupportOutcome outcome;

  @Size(max = NOTE_MAX, message = "use at most 500 characters")
  private String note;

  private boolean noteShared;

  /** A short note: a few sentences, not a journal entry. */
  static final int NOTE_MAX = 500;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isNoteShared() {
    return noteShared;
  }

  public void setNoteShared(boolean noteShared) {
    this.noteShared = noteShared;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }

  public SupportRole getRole() {
    return role;
  }

  public void setRole(SupportRole role) {
    this.role = role;
  }

  public SupportOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(SupportOutcome outcome) {
    this.outcome = outcome;
  }
}
