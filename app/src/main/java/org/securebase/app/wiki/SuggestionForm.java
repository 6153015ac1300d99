package org.securebase.app.wiki;

import java.util.ArrayList;
import java.util.List;

/**
 * A suggested change, as the form and the API send it. The quoted text is the sentence as the
 * suggester saw it: a suggestion is anchored to the sentence id plus those words.
 */
public class SuggestionForm {
  private String kind = "REVISE";
  private String sentenceId;
  private String quotedText;
  private String text;
  private List<Integer> sources = new ArrayList<>();
  private String newSourceIdentifier;
  private Integer newSourceTier;
  private String newSourceCitation;
  private boolean editorial;
  private String reason;
  private String credit = "NAME";
  private String creditName;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSentenceId() {
    return sentenceId;
  }

  public void setSentenceId(String sentenceId) {
    this.sentenceId = sentenceId;
  }

  public String getQuotedText() {
    return quotedText;
  }

  public void setQuotedText(String quotedText) {
    this.quotedText = quotedText;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<Integer> getSources() {
    return sources;
  }

  public void setSources(List<Integer> sources) {
    this.sources = sources == null ? new ArrayList<>() : sources;
  }

  public String getNewSourceIdentifier() {
    return newSourceIdentifier;
  }

  public void setNewSourceIdentifier(String newSourceIdentifier) {
    this.newSourceIdentifier = newSourceIdentifier;
  }

  public Integer getNewSourceTier() {
    return newSourceTier;
  }

  public void setNewSourceTier(Integer newSourceTier) {
    this.newSourceTier = newSourceTier;
  }

  public String getNewSourceCitation() {
    return newSourceCitation;
  }

  public void setNewSourceCitation(String newSourceCitation) {
    this.newSourceCitation = newSourceCitation;
  }

  public boolean isEditorial() {
    return editorial;
  }

  public void setEditorial(boolean editorial) {
    this.editorial = editorial;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCredit() {
    return credit;
  }

  public void setCredit(String credit) {
    this.credit = credit;
  }

  public String getCreditName() {
    return creditName;
  }

  public void setCreditName(String creditName) {
    this.creditName = creditName;
  }
}
