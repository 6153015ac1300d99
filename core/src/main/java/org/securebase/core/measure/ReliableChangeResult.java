package org.securebase.core.measure;

/**
 * The outcome of a Jacobson-Truax reliable-change computation, with every input that produced it so
 * a footnote can say which reliability, which SD and which cut-off were used. Immutable.
 *
 * @param pre the earlier score
 * @param post the later score
 * @param difference {@code post - pre}
 * @param standardErrorOfMeasurement {@code SD * sqrt(1 - r)}
 * @param standardErrorOfDifference {@code sqrt(2) * SE_m}
 * @param rci {@code (post - pre) / S_diff}
 * @param minimumReliableDifference the smallest change that counts as reliable, {@code 1.96 *
 *     S_diff}
 * @param reliable whether {@code |RCI| > 1.96}
 * @param direction which way is better on the subscale
 * @param category recovered, improved, unchanged, deteriorated, or reliably changed
 * @param reliability the reliability used, with its kind and source
 * @param spread the SD used, with its source
 * @param cutOff the clinical cut-off used, or {@code null} when no norms exist
 */
public record ReliableChangeResult(
    double pre,
    double post,
    double difference,
    double standardErrorOfMeasurement,
    double standardErrorOfDifference,
    double rci,
    double minimumReliableDifference,
    boolean reliable,
    Direction direction,
    ChangeCategory category,
    Reliability reliability,
    ScoreSpread spread,
    ClinicalCutOff cutOff) {}
