package org.securebase.core.calibration;

/**
 * What a calibration run produced: either a full {@link CalibrationReport} or, when the study holds
 * too few coded transcripts to say anything trustworthy, a {@link TooFewCodedTranscripts} that
 * states the counts instead of printing numbers.
 */
public sealed interface CalibrationOutcome permits CalibrationReport, TooFewCodedTranscripts {

  /** The number of coded transcripts in the study. */
  int transcripts();

  /** How many the coders classified secure. */
  int secure();

  /** How many the coders classified insecure. */
  int insecure();

  /** The policy the run used. */
  CalibrationPolicy policy();
}
