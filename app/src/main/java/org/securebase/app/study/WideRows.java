package org.securebase.app.study;

import java.util.Arrays;
import java.util.Objects;

/**
 * Turns a stream of values in participant and wave order (one value per variable) into wide rows,
 * one per participant and wave, as a spreadsheet or R expects them. Holds only the row being built,
 * so memory does not grow with the number of participants. Not thread-safe.
 */
final class WideRows {

  /** Receives each finished row: participant code, wave name and the values by column. */
  interface Sink {
    void row(String participant, String wave, String[] values);
  }

  private final int width;
  private final Sink sink;
  private String participant;
  private String wave;
  private String[] values;

  WideRows(int width, Sink sink) {
    this.width = width;
    this.sink = sink;
  }

  /**
   * Adds one value. Values of one participant and wave must come together.
   *
   * @param column the variable's column, or -1 for a variable that is left out
   */
  void add(String participantCode, String waveName, int column, String value) {
    if (!Objects.equals(participantCode, participant) || !Objects.equals(waveName, wave)) {
      flush();
      participant = participantCode;
      wave = waveName;
      values = new String[width];
    }
    if (column >= 0) {
      values[column] = value;
    }
  }

  /** Emits the last row; call once at the end. */
  void finish() {
    flush();
  }

  private void flush() {
    if (participant != null) {
      sink.row(participant, wave, values);
      participant = null;
      wave = null;
      values = null;
    }
  }

  @Override
  public String toString() {
    return "WideRows[" + participant + "/" + wave + " " + Arrays.toString(values) + "]";
  }
}
