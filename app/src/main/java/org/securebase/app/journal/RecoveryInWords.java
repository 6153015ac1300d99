package org.securebase.app.journal;

import org.securebase.app.kernel.Text;
import org.securebase.core.progress.RecoveryTrend;
import org.securebase.core.progress.TrendPolicy;

/**
 * The recovery-time trend in words: how fast a person settles, never a label. The client reads it
 * in the second person and in plain words; the clinician reads it about the client, with the method
 * named. The numbers and the method stay beside the words, so anyone can see what produced them.
 * Every sentence is a {@link Text} (code and arguments) from {@code i18n/journal.properties}.
 *
 * @param headline one plain sentence
 * @param detail the numbers in words (per month), or the reason there is no trend yet
 * @param method the method and its parameters
 * @param estimate whether there is an estimate at all
 * @param minutesPerMonth Theil-Sen slope per month (null without an estimate)
 * @param lowerPerMonth lower limit per month (null without an estimate)
 * @param upperPerMonth upper limit per month (null without an estimate)
 */
public record RecoveryInWords(
    Text headline,
    Text detail,
    Text method,
    boolean estimate,
    Double minutesPerMonth,
    Double lowerPerMonth,
    Double upperPerMonth) {

  /** Who reads the sentences: the client about themselves, or their clinician about them. */
  public enum Reader {
    CLIENT,
    CLINICIAN;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final double WEEKS_PER_MONTH = 52.0 / 12.0;
  private static final String P = "journal.recovery.";

  static RecoveryInWords of(RecoveryTrend trend) {
    return of(trend, Reader.CLIENT);
  }

  static RecoveryInWords of(RecoveryTrend trend, Reader reader) {
    TrendPolicy policy = TrendPolicy.DEFAULT;
    Text method =
        Text.of(
            P + "method." + reader.key(),
            policy.minimumEpisodes(),
            policy.minimumSpan().toDays(),
            Math.round(policy.confidenceLevel() * 100));
    if (trend instanceof RecoveryTrend.TooFewToTell few) {
      boolean tooFew = few.episodes() < policy.minimumEpisodes();
      Text headline =
          tooFew
              ? Text.of(P + "too-few", few.episodes(), policy.minimumEpisodes())
              : Text.of(P + "too-soon");
      Text detail =
          tooFew
              ? Text.of(
                  P + "too-few.detail", policy.minimumEpisodes(), policy.minimumSpan().toDays())
              : Text.of(P + "too-soon.detail." + reader.key(), policy.minimumSpan().toDays());
      return new RecoveryInWords(headline, detail, method, false, null, null, null);
    }
    RecoveryTrend.Estimate e = (RecoveryTrend.Estimate) trend;
    double slope = e.minutesPerWeek() * WEEKS_PER_MONTH;
    double lower = e.lowerMinutesPerWeek() * WEEKS_PER_MONTH;
    double upper = e.upperMinutesPerWeek() * WEEKS_PER_MONTH;
    Text headline =
        Text.of(
            P
                + switch (e.direction()) {
                  case GETTING_FASTER -> "faster.";
                  case GETTING_SLOWER -> "slower.";
                  case NO_CLEAR_CHANGE -> "no-clear-change.";
                }
                + reader.key());
    Text change =
        Math.abs(slope) < 0.05
            ? Text.of(P + "change.same")
            : Text.of(slope < 0 ? P + "change.shorter" : P + "change.longer", round(slope));
    Text detail =
        Text.of(P + "detail", e.episodes(), e.span().toDays(), change, range(lower, upper));
    return new RecoveryInWords(headline, detail, method, true, slope, lower, upper);
  }

  /** "likely between 20.6 and 26.0 minutes faster a month", or across zero both ways. */
  private static Text range(double lower, double upper) {
    if (upper < 0) {
      return Text.of(P + "range.faster", round(upper), round(lower));
    }
    if (lower > 0) {
      return Text.of(P + "range.slower", round(lower), round(upper));
    }
    return Text.of(P + "range.across-zero", minutes(lower), minutes(upper));
  }

  private static Text minutes(double minutes) {
    if (Math.abs(minutes) < 0.05) {
      return Text.of(P + "minutes.none");
    }
    return Text.of(minutes < 0 ? P + "minutes.faster" : P + "minutes.slower", round(minutes));
  }

  /** One decimal, without sign: the words carry the direction. */
  private static double round(double minutes) {
    return Math.round(Math.abs(minutes) * 10) / 10.0;
  }
}
