package org.securebase.app.journal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A hard time the client marks on their timeline. */
public class SetbackForm {

  @NotNull(message = "enter when it happened")
  @PastOrPresent(message = "this cannot be in the future")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate occurredOn;

  @NotNull(message = "choose what kind of hard time it was")
  private SetbackKind kind;

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public SetbackKind getKind() {
    return kind;
  }

  public void setKind(SetbackKind kind) {
    this.kind = kind;
  }
}
