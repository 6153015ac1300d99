package org.securebase.app.journal;

import java.util.Locale;
import org.securebase.core.progress.RecoveryTrend;
import org.securebase.core.progress.TrendPolicy;

/**
 * The recovery-time trend in words a client would use: how fast they settle, never a label. The
 * numbers and the method stay beside the words, so anyone can see what produced them.
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
    String headline,
    String detail,
    String method,
    boolean estimate,
    Double minutesPerMonth,
    Double lowerPerMonth,
    Double upperPerMonth) {

  private static final double WEEKS_PER_MONTH = 52.0 / 12.0;

  static RecoveryInWords of(RecoveryTrend trend) {
    TrendPolicy policy = TrendPolicy.DEFAULT;
    String method =
        RecoveryTrend.METHOD
            + "; at least "
            + policy.minimumEpisodes()
            + " episodes over "
            + policy.minimumSpan().toDays()
            + " days; "
            + Math.round(policy.confidenceLevel() * 100)
            + "% interval; minutes per week times 52/12 for a month.";
    if (trend instanceof RecoveryTrend.TooFewToTell few) {
      String headline =
          few.episodes() < policy.minimumEpisodes()
              ? "Too few episodes to tell yet: "
                  + few.episodes()
                  + " of "
                  + policy.minimumEpisodes()
                  + "."
              : "Too soon to tell yet.";
      String detail =
          few.episodes() < policy.minimumEpisodes()
              ? "A trend needs at least "
                  + policy.minimumEpisodes()
                  + " logged episodes spread over "
                  + policy.minimumSpan().toDays()
                  + " days or more."
              : "Your entries need to cover at least "
                  + policy.minimumSpan().toDays()
                  + " days, or to differ enough from each other ("
                  + few.reason()
                  + ").";
      return new RecoveryInWords(headline, detail, method, false, null, null, null);
    }
    RecoveryTrend.Estimate e = (RecoveryTrend.Estimate) trend;
    double slope = e.minutesPerWeek() * WEEKS_PER_MONTH;
    double lower = e.lowerMinutesPerWeek() * WEEKS_PER_MONTH;
    double upper = e.upperMinutesPerWeek() * WEEKS_PER_MONTH;
    String range = range(lower, upper);
    String headline =
        switch (e.direction()) {
          case GETTING_FASTER -> "You are getting faster to settle.";
          case GETTING_SLOWER ->
              "Settling has been taking longer lately. Setbacks are part of this work; it may help"
                  + " to bring it to your next session.";
          case NO_CLEAR_CHANGE -> "No clear change yet in how fast you settle.";
        };
    String detail =
        "Over "
            + e.episodes()
            + " episodes in "
            + e.span().toDays()
            + " days, the time until settled "
            + (Math.abs(slope) < 0.05
                ? "stayed about the same"
                : String.format(
                    Locale.ENGLISH,
                    "got %s by about %.1f minutes a month",
                    slope < 0 ? "shorter" : "longer",
                    Math.abs(slope)))
            + " ("
            + range
            + ").";
    return new RecoveryInWords(headline, detail, method, true, slope, lower, upper);
  }

  /** "likely between 20.6 and 26.0 minutes faster a month", or across zero both ways. */
  private static String range(double lower, double upper) {
    if (upper < 0) {
      return String.format(
          Locale.ENGLISH, "likely between %.1f and %.1f minutes faster a month", -upper, -lower);
    }
    if (lower > 0) {
      return String.format(
          Locale.ENGLISH, "likely between %.1f and %.1f minutes slower a month", lower, upper);
    }
    return "likely somewhere between " + change(lower) + " and " + change(upper) + " a month";
  }

  private static String change(double minutes) {
    String amount = String.format(Locale.ENGLISH, "%.1f minutes", Math.abs(minutes));
    if (Math.abs(minutes) < 0.05) {
      return "0 minutes";
    }
    return minutes < 0 ? amount + " faster" : amount + " slower";
  }
}
