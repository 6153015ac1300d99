package org.securebase.core.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The therapeutic frame, measured over a client's past appointments: how many were held as
 * scheduled, how many the clinician cancelled, and the longest gap between two held sessions. The
 * frame (Langs 1998; the reliability of the setting in Winnicott's sense) is part of what the work
 * offers: a clinician's cancellations and long gaps are counted against the frame, not the client.
 * Immutable.
 *
 * @param scheduled past appointments that were planned (every status except still-scheduled)
 * @param held of those, attended
 * @param clinicianCancelled of those, cancelled by the clinician
 * @param clientCancelled of those, cancelled by the client (in time or late)
 * @param noShows of those, not attended without notice
 * @param longestGapDays most days between two consecutive attended sessions, 0 with fewer than two
 * @param longestGapFrom the held session that opened the longest gap, if any
 */
public record Frame(
    int scheduled,
    int held,
    int clinicianCancelled,
    int clientCancelled,
    int noShows,
    long longestGapDays,
    Optional<LocalDate> longestGapFrom) {

  /** One past appointment: its local date and what became of it. */
  public record Past(LocalDate date, AppointmentStatus status) {}

  /** Held share as a whole percentage, or empty when nothing was scheduled. */
  public Optional<Integer> heldPercent() {
    return scheduled == 0 ? Optional.empty() : Optional.of(Math.round(100f * held / scheduled));
  }

  public static Frame of(List<Past> past) {
    List<Past> decided =
        past.stream()
            .filter(p -> p.status() != AppointmentStatus.SCHEDULED)
            .sorted(Comparator.comparing(Past::date))
            .toList();
    int held = 0;
    int clinician = 0;
    int client = 0;
    int noShows = 0;
    long longest = 0;
    LocalDate gapFrom = null;
    LocalDate previous = null;
    for (Past p : decided) {
      switch (p.status()) {
        case ATTENDED -> {
          held++;
          if (previous != null && ChronoUnit.DAYS.between(previous, p.date()) > longest) {
            longest = ChronoUnit.DAYS.between(previous, p.date());
            gapFrom = previous;
          }
          previous = p.date();
        }
        case CLINICIAN_CANCELLED -> clinician++;
        case CANCELLED, LATE_CANCELLED -> client++;
        case NO_SHOW -> noShows++;
        default -> {}
      }
    }
    return new Frame(
        decided.size(), held, clinician, client, noShows, longest, Optional.ofNullable(gapFrom));
  }
}
