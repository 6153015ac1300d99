package org.securebase.app.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a clinician enters for a client, from the page form or the JSON API. {@code version} is the
 * version the edit was based on; it is required for an update and ignored on create.
 */
public class ClientForm {

  @NotBlank(message = "enter a pseudonym for the client")
  @Size(max = 120, message = "use at most 120 characters")
  private String displayName;

  @NotNull(message = "enter the date work with the client started")
  @PastOrPresent(message = "the start date cannot be in the future")
  // ISO, the only format a date input accepts: otherwise an edit form comes up with no date.
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @Size(max = 20000, message = "use at most 20,000 characters")
  private String referralNote;

  private Integer version;

  public ClientForm() {}

  static ClientForm of(Client client) {
    ClientForm form = new ClientForm();
    form.displayName = client.displayName();
    form.startDate = client.startDate();
    form.referralNote = client.referralNote();
    form.version = client.version();
    return form;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName == null ? null : displayName.strip();
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public String getReferralNote() {
    return referralNote;
  }

  public void setReferralNote(String referralNote) {
    this.referralNote = referralNote;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
