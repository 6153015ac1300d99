package org.securebase.app.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.securebase.app.account.Account;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.measure.AssignmentForm;
import org.securebase.app.measure.ChangeParameters;
import org.securebase.app.measure.EventNote;
import org.securebase.app.measure.MeasureCatalog;
import org.securebase.app.measure.OutcomeMonitoring;
import org.securebase.app.measure.Schedule;
import org.securebase.core.measure.Instrument;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A few months of synthetic ECR-RS and self-monitoring answers for the demo client, with event
 * notes and demo change parameters. Every number is made up by the SecureBase team; the demo SDs
 * say so in their source.
 */
@Component
public class DemoMeasures {

  static final String DEMO_SOURCE =
      "Synthetic demo value for illustration only (SecureBase demo data, not from a publication)";

  private final OutcomeMonitoring monitoring;
  private final ChangeParameters parameters;
  private final MeasureCatalog catalog;

  DemoMeasures(OutcomeMonitoring monitoring, ChangeParameters parameters, MeasureCatalog catalog) {
    this.monitoring = monitoring;
    this.parameters = parameters;
    this.catalog = catalog;
  }

  /** Seeds Robin's measures, acting as their clinician so the audit trail says who did what. */
  public void seed(Account clinicianAccount, UUID robin, LocalDate today) {
    SignedInUser clinician = org.securebase.app.demo.ActingAs.account(clinicianAccount);
    try {
      Random random = new Random(104);
      Instrument ecrRs = catalog.requireAssignable("ecr-rs");
      LocalDate start = today.minusWeeks(16);
      // ECR-RS every two weeks: partner anxiety and avoidance ease, with a setback in week 8.
      for (int week = 0; week < 16; week += 2) {
        double progress = week / 16.0;
        double setback = week == 8 ? 1.2 : 0;
        Map<String, Double> level = new LinkedHashMap<>();
        level.put("mother.anx", 4.6 - 1.0 * progress);
        level.put("mother.avo", 5.4 - 0.8 * progress);
        level.put("father.anx", 3.2 - 0.4 * progress);
        level.put("father.avo", 5.8 - 0.6 * progress);
        level.put("partner.anx", 5.6 - 2.4 * progress + setback);
        level.put("partner.avo", 5.2 - 2.2 * progress + setback * 0.6);
        level.put("friend.anx", 3.0 - 0.6 * progress);
        level.put("friend.avo", 3.4 - 0.8 * progress);
        monitoring.record(
            robin,
            ecrRs.id(),
            start.plusWeeks(week),
            ecrRsAnswers(level, random),
            clinician.id(),
            "PAPER",
            today);
      }
      // The weekly self-monitoring checklist.
      Instrument checklist = catalog.requireAssignable("signs-of-security");
      for (int week = 0; week < 16; week++) {
        double level = 1.2 + 2.0 * week / 15.0 - (week == 8 ? 1.0 : 0);
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (var item : checklist.items()) {
          answers.put(
              item.id(), clamp((int) Math.round(level + random.nextGaussian() * 0.6), 0, 4));
        }
        monitoring.record(
            robin,
            checklist.id(),
            start.plusWeeks(week).plusDays(1),
            answers,
            clinician.id(),
            "CLIENT",
            today);
      }
      monitoring.addEvent(
          robin,
          start.plusWeeks(7).plusDays(3),
          EventNote.Kind.SETBACK,
          "Partner away for work for three weeks; old fears came back (synthetic).",
          clinician);
      monitoring.addEvent(
          robin,
          start.plusWeeks(4),
          EventNote.Kind.LIFE_EVENT,
          "Started a new job (synthetic).",
          clinician);
      monitoring.addEvent(
          robin,
          start.plusWeeks(11),
          EventNote.Kind.MEDICATION,
          "GP reduced the sleep medication (synthetic).",
          clinician);
      for (String target : List.of("mother", "father", "partner", "friend", "global")) {
        for (String subscale : List.of("anxiety", "avoidance")) {
          parameters.save(
              "ecr-rs", subscale, target, null, null, null, 1.10, DEMO_SOURCE, null, clinician);
        }
      }
      parameters.save(
          "signs-of-security",
          "signs",
          "",
          org.securebase.core.measure.Reliability.Kind.TEST_RETEST,
          0.80,
          DEMO_SOURCE,
          0.70,
          DEMO_SOURCE,
          null,
          clinician);
      AssignmentForm weekly = new AssignmentForm();
      weekly.setInstrumentId("signs-of-security");
      weekly.setSchedule(Schedule.WEEKLY);
      weekly.setStartDate(today);
      weekly.setExpiryDays(4);
      monitoring.assign(robin, weekly, clinician);
      AssignmentForm fortnightly = new AssignmentForm();
      fortnightly.setInstrumentId("ecr-rs");
      fortnightly.setSchedule(Schedule.EVERY_N_DAYS);
      fortnightly.setIntervalDays(14);
      fortnightly.setStartDate(today.minusDays(1));
      fortnightly.setExpiryDays(5);
      monitoring.assign(robin, fortnightly, clinician);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static Map<String, Integer> ecrRsAnswers(Map<String, Double> level, Random random) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String target : List.of("mother", "father", "partner", "friend")) {
      double avoidance = level.get(target + ".avo");
      double anxiety = level.get(target + ".anx");
      for (int item = 1; item <= 9; item++) {
        double base = item <= 6 ? avoidance : anxiety;
        int value = clamp((int) Math.round(base + random.nextGaussian() * 0.5), 1, 7);
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
