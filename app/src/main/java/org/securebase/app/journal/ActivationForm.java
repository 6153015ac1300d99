package org.securebase.app.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** What a client enters in the activation log, from the phone form or the JSON API. */
public class ActivationForm {

  @NotNull(message = "enter when it happened")
  @PastOrPresent(message = "this cannot be in the future")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
  private LocalDateTime occurredAt;

  @NotNull(message = "choose what set it off")
  private TriggerType trigger;

  @NotNull(message = "choose which pull you felt")
  private Pull pull;

  @NotNull(message = "say whether you noticed and named it")
  private Boolean noticedAndNamed;

  @Size(max = 4000, message = "use at most 4,000 characters")
  private String doneInstead;

  private boolean notesShared;

  @NotNull(message = "enter the minutes until you felt settled")
  @Min(value = 0, message = "use 0 or more minutes")
  @Max(value = 10080, message = "use at most 10,080 minutes (one week)")
  private Integer minutesUntilSettled;

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }

  public TriggerType getTrigger() {
    return trigger;
  }

  public void setTrigger(TriggerType trigger) {
    this.trigger = trigger;
  }

  public Pull getPull() {
    return pull;
  }

  public void setPull(Pull pull) {
    this.pull = pull;
  }

  public Boolean getNoticedAndNamed() {
    return noticedAndNamed;
  }

  public void setNoticedAndNamed(Boolean noticedAndNamed) {
    this.noticedAndNamed = noticedAndNamed;
  }

  public String getDoneInstead() {
    return doneInstead;
  }

  public void setDoneInstead(String doneInstead) {
    this.doneInstead = doneInstead;
  }

  public boolean isNotesShared() {
    return notesShared;
  }

  public void setNotesShared(boolean notesShared) {
    this.notesShared = notesShared;
  }

  public Integer getMinutesUntilSettled() {
    return minutesUntilSettled;
  }

  public void setMinutesUntilSettled(Integer minutesUntilSettled) {
    this.minutesUntilSettled = minutesUntilSettled;
  }
}
