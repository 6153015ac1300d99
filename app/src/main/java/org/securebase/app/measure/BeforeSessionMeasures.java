package org.securebase.app.measure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.core.measure.Instrument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures "before each session": an occurrence falls due {@code hoursBefore} hours before each
 * booked appointment of the client, from the assignment's start date on. The scheduling feature
 * tells which appointments are booked (it calls {@link #createDue}); this class never reads the
 * calendar itself, so measures do not depend on scheduling.
 *
 * <p>The occurrence's due date is the UTC date of the moment it falls due and it expires on the UTC
 * date of the appointment: both follow from the appointment alone, so a second run (or a second
 * server) finds the occurrence already there (unique assignment and due date) and adds nothing. Two
 * appointments whose due moments fall on one date share one occurrence: one answer a day is enough.
 */
@Component
public class BeforeSessionMeasures {

  /** The most hours ahead an assignment may ask for (one week). */
  public static final int MAX_HOURS = 168;

  /** A booked appointment of a client, as scheduling knows it. */
  public record BookedSession(UUID clientId, Instant start) {}

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final DueOccurrences occurrences;
  private final TransactionTemplate transactions;

  BeforeSessionMeasures(
      MeasureRepository repository,
      MeasureCatalog catalog,
      DueOccurrences occurrences,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.catalog = catalog;
    this.occurrences = occurrences;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Creates the occurrences due by {@code now} for the booked sessions given (those still to come;
   * a session already started is passed over). One transaction per assignment, as in {@link
   * DueOccurrences#createDue}. Returns how many were created.
   */
  public int createDue(List<BookedSession> sessions, Instant now) {
    Map<UUID, List<BookedSession>> byClient =
        sessions.stream().collect(Collectors.groupingBy(BookedSession::clientId));
    int created = 0;
    for (Assignment a : repository.activeAssignments()) {
      List<BookedSession> own = byClient.get(a.clientId());
      if (a.schedule() != Schedule.BEFORE_SESSION || own == null) {
        continue;
      }
      Integer n = transactions.execute(status -> materialize(a, own, now));
      created += n == null ? 0 : n;
    }
    return created;
  }

  private int materialize(Assignment a, List<BookedSession> sessions, Instant now) {
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    // Looked up first: on PostgreSQL a duplicate key would abort the rest of this transaction.
    Set<LocalDate> existing =
        repository.administrationsOfAssignment(a.id()).stream()
            .map(Administration::dueDate)
            .collect(Collectors.toCollection(HashSet::new));
    int created = 0;
    for (BookedSession s : sessions) {
      Instant dueAt = s.start().minus(Duration.ofHours(a.hoursBefore()));
      LocalDate due = LocalDate.ofInstant(dueAt, ZoneOffset.UTC);
      LocalDate sessionDay = LocalDate.ofInstant(s.start(), ZoneOffset.UTC);
      boolean inWindow = !dueAt.isAfter(now) && s.start().isAfter(now);
      if (inWindow
          && !sessionDay.isBefore(a.startDate())
          && existing.add(due)
          && occurrences.insert(a, instrument, due, sessionDay)) {
        created++;
      }
    }
    return created;
  }
}
