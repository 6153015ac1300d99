package org.securebase.app.discourse;

/**
 * A correction as typed on the evidence page or sent to the API. For an indicator marked wrong the
 * page sends the mark's offsets; for a missed one the coder types the words (and, when they occur
 * more than once, the turn number) or an API caller sends offsets.
 */
public class CorrectionForm {
  private String kind;
  private String indicator;
  private Integer start;
  private Integer end;
  private String words;
  private Integer turn;
  private String note;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public Integer getStart() {
    return start;
  }

  public void setStart(Integer start) {
    this.start = start;
  }

  public Integer getEnd() {
    return end;
  }

  public void setEnd(Integer end) {
    this.end = end;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public Integer getTurn() {
    return turn;
  }

  public void setTurn(Integer turn) {
    this.turn = turn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
