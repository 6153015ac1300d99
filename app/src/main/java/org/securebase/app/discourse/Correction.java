package org.securebase.app.discourse;

import java.time.Instant;
import java.util.UUID;
import org.securebase.core.discourse.IndicatorType;

/**
 * One coder's correction of the analyzer on a transcript: an indicator marked wrong, or one added
 * as missed, over a span of the transcript text (UTF-16 offsets, end exclusive).
 *
 * @param words the words of the span, decrypted for the coder who made it
 * @param note the coder's note, or null
 */
public record Correction(
    UUID id,
    UUID transcriptId,
    Kind kind,
    IndicatorType indicator,
    int start,
    int end,
    int turnIndex,
    String words,
    String note,
    String analyzerVersion,
    String lexiconVersion,
    Instant createdAt) {

  /** Wrong: the analyzer marked it and the coder disagrees. Missed: the coder adds it. */
  public enum Kind {
    WRONG,
    MISSED
  }

  /** The message key naming the kind on screen. */
  public String kindKey() {
    return "discourse.correction.kind." + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
