package org.securebase.core.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Drafts a progress note from a session's structured fields, with the sentence pattern "framework,
 * within modality, to address problem". The clinician edits the draft before it is saved; the draft
 * never adds a judgement that is not in the fields. Pure function; thread-safe.
 */
public final class ProgressNote {

  private ProgressNote() {}

  /**
   * One objective worked on in the session.
   *
   * @param objective the objective in words
   * @param countThisSession progress counted in this session (0 when worked on without a count)
   * @param progressSoFar progress so far including this session
   * @param target target count
   * @param status the status after this session
   */
  public record WorkedOn(
      String objective,
      int countThisSession,
      int progressSoFar,
      int target,
      ObjectiveStatus status) {}

  /**
   * The draft.
   *
   * @param sessionNumber the session's number
   * @param date the session's date
   * @param framework the framework used, for example "an attachment-informed formulation"
   * @param modality the modality, for example "mentalization-based treatment"
   * @param problem the problem addressed, in the clinician's words
   * @param workedOn objectives worked on
   */
  public static String draft(
      int sessionNumber,
      LocalDate date,
      String framework,
      String modality,
      String problem,
      List<WorkedOn> workedOn) {
    Objects.requireNonNull(date, "date");
    List<String> sentences = new ArrayList<>();
    String when =
        "Session "
            + sessionNumber
            + " ("
            + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
            + ")";
    StringBuilder first = new StringBuilder(when);
    if (!blank(framework)) {
      first.append(" used ").append(framework.strip());
    }
    if (!blank(modality)) {
      first
          .append(blank(framework) ? " was held" : ",")
          .append(" within ")
          .append(modality.strip());
      if (!blank(framework)) {
        first.append(",");
      }
    }
    if (!blank(problem)) {
      first.append(" to address ").append(stripFinalStop(problem.strip()));
    }
    sentences.add(first + ".");
    for (WorkedOn w : workedOn) {
      String counted =
          w.countThisSession() > 0
              ? w.countThisSession() + " counted this session"
              : "worked on without a count this session";
      sentences.add(
          "Objective: "
              + stripFinalStop(w.objective())
              + " ("
              + counted
              + "; "
              + w.progressSoFar()
              + " of "
              + w.target()
              + " so far, "
              + w.status().words()
              + ").");
    }
    if (workedOn.isEmpty()) {
      sentences.add("No plan objective was recorded for this session.");
    }
    return String.join(" ", sentences);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String stripFinalStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
