package org.securebase.app.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.AssignmentForm;
import org.securebase.app.measure.MeasureCatalog;
import org.securebase.app.measure.OutcomeMonitoring;
import org.securebase.app.measure.Schedule;
import org.securebase.core.measure.Instrument;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Synthetic measure history for the load simulation (profile {@code load-seed} only): weekly
 * self-monitoring checklists and a monthly ECR-RS over a span of weeks, stored through {@link
 * OutcomeMonitoring} (scored by the core, each administration audited), and a number of open
 * one-off checklists for the simulation's clients to answer. Every value is made up.
 */
@Component
@Profile("load-seed")
public class MeasureHistorySeed {

  private final OutcomeMonitoring monitoring;
  private final MeasureCatalog catalog;

  MeasureHistorySeed(OutcomeMonitoring monitoring, MeasureCatalog catalog) {
    this.monitoring = monitoring;
    this.catalog = catalog;
  }

  /**
   * Seeds {@code weeks} weeks of history ending today for one client of {@code clinician} (who must
   * be signed in), and {@code open} checklists due today that the client can answer.
   *
   * @return the number of administrations created
   */
  public int seed(
      UUID clientId, SignedInUser clinician, int weeks, int open, LocalDate today, Random random) {
    Instrument checklist = catalog.requireAssignable("signs-of-security");
    Instrument ecrRs = catalog.requireAssignable("ecr-rs");
    LocalDate start = today.minusWeeks(weeks);
    double drift = 1.5 + random.nextDouble() * 1.5;
    int created = 0;
    for (int week = 0; week < weeks; week++) {
      double progress = week / (double) weeks;
      double level = 1.0 + drift * progress;
      Map<String, Integer> answers = new LinkedHashMap<>();
      for (var item : checklist.items()) {
        answers.put(item.id(), clamp((int) Math.round(level + random.nextGaussian() * 0.7), 0, 4));
      }
      monitoring.record(
          clientId,
          checklist.id(),
          start.plusWeeks(week).plusDays(1),
          answers,
          clinician.id(),
          "CLIENT",
          today);
      created++;
      if (week % 4 == 0) {
        monitoring.record(
            clientId,
            ecrRs.id(),
            start.plusWeeks(week),
            ecrRsAnswers(5.4 - 2.0 * progress, random),
            clinician.id(),
            "CLIENT",
            today);
        created++;
      }
    }
    for (int i = 0; i < open; i++) {
      AssignmentForm once = new AssignmentForm();
      once.setInstrumentId(checklist.id());
      once.setSchedule(Schedule.ONCE);
      once.setStartDate(today);
      once.setExpiryDays(90);
      monitoring.assign(clientId, once, clinician, today);
      created++;
    }
    return created;
  }

  private static Map<String, Integer> ecrRsAnswers(double level, Random random) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String target : List.of("mother", "father", "partner", "friend")) {
      for (int item = 1; item <= 9; item++) {
        int value = clamp((int) Math.round(level + random.nextGaussian() * 0.8), 1, 7);
        // Items 1-4 are reverse-keyed: answer so that the keyed value tracks the level.
        answers.put(target + "." + item, item <= 4 ? 8 - value : value);
      }
    }
    return answers;
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
