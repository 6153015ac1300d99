package org.securebase.app.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.securebase.core.plan.ObjectiveTemplate;
import org.springframework.format.annotation.DateTimeFormat;

/** One objective row on the plan form; {@code included} says whether it is part of the plan. */
public class ObjectiveForm {

  private UUID key;
  private boolean included;
  private ObjectiveTemplate template;
  private Integer targetCount;
  private Integer consecutive;
  private Integer deadlineSession;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate deadlineDate;

  private String mechanism;

  static ObjectiveForm fromTemplate(ObjectiveTemplate t, int sessionsSoFar) {
    ObjectiveForm f = new ObjectiveForm();
    f.template = t;
    f.targetCount = t.defaultTarget();
    f.consecutive = t.usesConsecutive() ? t.defaultConsecutive() : null;
    f.deadlineSession = sessionsSoFar + t.defaultSessions();
    f.mechanism = t.mechanism();
    return f;
  }

  static ObjectiveForm of(PlanObjective o) {
    ObjectiveForm f = new ObjectiveForm();
    f.key = o.key();
    f.included = true;
    f.template = o.template();
    f.targetCount = o.targetCount();
    f.consecutive = o.consecutive();
    f.deadlineSession = o.deadline().session();
    f.deadlineDate = o.deadline().date();
    f.mechanism = o.mechanism();
    return f;
  }

  public UUID getKey() {
    return key;
  }

  public void setKey(UUID key) {
    this.key = key;
  }

  public boolean isIncluded() {
    return included;
  }

  public void setIncluded(boolean included) {
    this.included = included;
  }

  public ObjectiveTemplate getTemplate() {
    return template;
  }

  public void setTemplate(ObjectiveTemplate template) {
    this.template = template;
  }

  public Integer getTargetCount() {
    return targetCount;
  }

  public void setTargetCount(Integer targetCount) {
    this.targetCount = targetCount;
  }

  public Integer getConsecutive() {
    return consecutive;
  }

  public void setConsecutive(Integer consecutive) {
    this.consecutive = consecutive;
  }

  public Integer getDeadlineSession() {
    return deadlineSession;
  }

  public void setDeadlineSession(Integer deadlineSession) {
    this.deadlineSession = deadlineSession;
  }

  public LocalDate getDeadlineDate() {
    return deadlineDate;
  }

  public void setDeadlineDate(LocalDate deadlineDate) {
    this.deadlineDate = deadlineDate;
  }

  public String getMechanism() {
    return mechanism;
  }

  public void setMechanism(String mechanism) {
    this.mechanism = mechanism;
  }
}
