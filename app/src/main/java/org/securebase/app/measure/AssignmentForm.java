package org.securebase.app.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What a clinician enters to assign a measure, from the page form or the JSON API. */
public class AssignmentForm {

  @NotBlank(message = "choose a measure")
  private String instrumentId;

  @NotNull(message = "choose how often")
  private Schedule schedule = Schedule.WEEKLY;

  @Min(value = 1, message = "use at least 1 day")
  @Max(value = 365, message = "use at most 365 days")
  private Integer intervalDays = 14;

  @NotNull(message = "enter the date it is first due")
  @org.springframework.format.annotation.DateTimeFormat(
      iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  @NotNull(message = "enter after how many days an unanswered measure expires")
  @Min(value = 1, message = "use at least 1 day")
  @Max(value = 90, message = "use at most 90 days")
  private Integer expiryDays = 5;

  @Min(value = 1, message = "use at least 1 hour")
  @Max(value = 168, message = "use at most 168 hours")
  private Integer hoursBefore = 24;

  public Integer getHoursBefore() {
    return hoursBefore;
  }

  public void setHoursBefore(Integer hoursBefore) {
    this.hoursBefore = hoursBefore;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public void setInstrumentId(String instrumentId) {
    this.instrumentId = instrumentId;
  }

  public Schedule getSchedule() {
    return schedule;
  }

  public void setSchedule(Schedule schedule) {
    this.schedule = schedule;
  }

  public Integer getIntervalDays() {
    return intervalDays;
  }

  public void setIntervalDays(Integer intervalDays) {
    this.intervalDays = intervalDays;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public Integer getExpiryDays() {
    return expiryDays;
  }

  public void setExpiryDays(Integer expiryDays) {
    this.expiryDays = expiryDays;
  }
}
