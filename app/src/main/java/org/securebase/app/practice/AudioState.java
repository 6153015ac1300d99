package org.securebase.app.practice;

/**
 * How far the audio of a practice has come: queued, rendering (with a percentage and stage), ready
 * (with its length and voice) or failed (with the tool's problem, for the clinician).
 */
public record AudioState(
    Status status, int percent, String stage, Double seconds, String voice, String problem) {

  /** The render's state. */
  public enum Status {
    NONE,
    QUEUED,
    RENDERING,
    READY,
    FAILED
  }

  static final AudioState NONE = new AudioState(Status.NONE, 0, null, null, null, null);

  /** Whole minutes of the rendered length, for "9 min 58 s". */
  public long minutesPart() {
    return seconds == null ? 0 : Math.round(seconds) / 60;
  }

  /** Seconds beyond the whole minutes. */
  public long secondsPart() {
    return seconds == null ? 0 : Math.round(seconds) % 60;
  }

  public boolean ready() {
    return status == Status.READY;
  }
}
