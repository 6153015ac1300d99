package org.securebase.core.calibration;

/**
 * The calibration outcome when the study is below the policy's minimum sample: it carries the
 * counts and the minimums, and no statistics at all.
 *
 * @param message a plain statement for the reader, naming the counts and what is missing
 */
public record TooFewCodedTranscripts(
    int transcripts, int secure, int insecure, CalibrationPolicy policy, String message)
    implements CalibrationOutcome {}
