package org.securebase.app.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.securebase.core.practice.PracticeInputs;

/** The builder's fields, in the activation log's names. Mutable, for form binding. */
public class PracticeForm {

  private PracticeInputs.Pull pull = PracticeInputs.Pull.ANXIOUS_PROTEST;
  private PracticeInputs.Trigger trigger = PracticeInputs.Trigger.CONFLICT;
  private PracticeInputs.BodyLocation body = PracticeInputs.BodyLocation.NOT_SURE;
  private PracticeInputs.Instead instead = PracticeInputs.Instead.NOTHING_YET;
  private String aspiration;
  private List<PracticeInputs.SupportRole> supportRoles = new ArrayList<>();
  private int minutes = 10;
  private PracticeInputs.Style style = PracticeInputs.Style.GROUNDING;
  private PracticeInputs.Pace pace = PracticeInputs.Pace.SLOWER;
  private PracticeInputs.Eyes eyes = PracticeInputs.Eyes.OPEN;
  private PracticeInputs.Background background = PracticeInputs.Background.NONE;
  private boolean closingBell = true;

  /** The core's inputs from these fields. */
  PracticeInputs inputs() {
    return new PracticeInputs(
        pull,
        trigger,
        body,
        instead,
        aspiration,
        new TreeSet<>(supportRoles == null ? List.of() : supportRoles),
        minutes,
        style,
        pace,
        eyes,
        background,
        closingBell);
  }

  /** True when the role named {@code role} is ticked. */
  public boolean chosen(String role) {
    return supportRoles != null && supportRoles.stream().anyMatch(r -> r.name().equals(role));
  }

  public PracticeInputs.Pull getPull() {
    return pull;
  }

  public void setPull(PracticeInputs.Pull pull) {
    this.pull = pull;
  }

  public PracticeInputs.Trigger getTrigger() {
    return trigger;
  }

  public void setTrigger(PracticeInputs.Trigger trigger) {
    this.trigger = trigger;
  }

  public PracticeInputs.BodyLocation getBody() {
    return body;
  }

  public void setBody(PracticeInputs.BodyLocation body) {
    this.body = body;
  }

  public PracticeInputs.Instead getInstead() {
    return instead;
  }

  public void setInstead(PracticeInputs.Instead instead) {
    this.instead = instead;
  }

  public String getAspiration() {
    return aspiration;
  }

  public void setAspiration(String aspiration) {
    this.aspiration = aspiration;
  }

  public List<PracticeInputs.SupportRole> getSupportRoles() {
    return supportRoles;
  }

  public void setSupportRoles(List<PracticeInputs.SupportRole> supportRoles) {
    this.supportRoles = supportRoles;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public PracticeInputs.Style getStyle() {
    return style;
  }

  public void setStyle(PracticeInputs.Style style) {
    this.style = style;
  }

  public PracticeInputs.Pace getPace() {
    return pace;
  }

  public void setPace(PracticeInputs.Pace pace) {
    this.pace = pace;
  }

  public PracticeInputs.Eyes getEyes() {
    return eyes;
  }

  public void setEyes(PracticeInputs.Eyes eyes) {
    this.eyes = eyes;
  }

  public PracticeInputs.Background getBackground() {
    return background;
  }

  public void setBackground(PracticeInputs.Background background) {
    this.background = background;
  }

  public boolean isClosingBell() {
    return closingBell;
  }

  public void setClosingBell(boolean closingBell) {
    this.closingBell = closingBell;
  }
}
