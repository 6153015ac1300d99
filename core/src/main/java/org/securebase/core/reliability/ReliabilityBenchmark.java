package org.securebase.core.reliability;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A published or customary figure that an observed agreement is read against. Benchmarks travel
 * with every {@link AgreementResult} so that a screen can show them beside the observed figure;
 * they are context for the reader, never a pass mark the software applies.
 *
 * @param id a stable key for the benchmark, for example {@code aai-test-retest}
 * @param description what the figure is, in plain words
 * @param source where the figure comes from
 * @param percentAgreement the agreement figure as a proportion (0.78 for 78%)
 * @param kappa the kappa figure, when the source gives one
 */
public record ReliabilityBenchmark(
    String id, String description, String source, double percentAgreement, OptionalDouble kappa) {

  /** AAI test-retest on the three organized groups: 78% agreement, kappa .63. */
  public static final ReliabilityBenchmark AAI_TEST_RETEST =
      new ReliabilityBenchmark(
          "aai-test-retest",
          "AAI test-retest, three organized groups (F/Ds/E); U is less stable",
          "Bakermans-Kranenburg & van IJzendoorn 1993",
          0.78,
          OptionalDouble.of(0.63));

  /**
   * The agreement labs usually require between a trainee and a reliable coder before the trainee
   * codes alone (some labs state it as kappa .60 to .70 instead).
   */
  public static final ReliabilityBenchmark TRAINING_CRITERION =
      new ReliabilityBenchmark(
          "training-criterion",
          "Usual training criterion, trainee against a reliable coder (or kappa .60-.70)",
          "Customary lab practice for AAI coder reliability",
          0.80,
          OptionalDouble.empty());

  /** Both benchmarks, in the order screens show them. */
  public static final List<ReliabilityBenchmark> AAI_CLASSIFICATION =
      List.of(AAI_TEST_RETEST, TRAINING_CRITERION);
}
