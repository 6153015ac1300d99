package org.securebase.app.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.core.measure.Instrument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the administrations that fall due: when a measure is assigned (for what is due at once)
 * and from the scheduled job ({@code operations.DueMeasuresJob}) for every running assignment.
 * Never on a page read: a GET only reads what is here.
 *
 * <p>Occurrences that expired unseen are not created: a missed week is simply missed.
 */
@Component
public class DueOccurrences {

  private final MeasureRepository repository;
  private final MeasureCatalog catalog;
  private final TransactionTemplate transactions;

  DueOccurrences(
      MeasureRepository repository,
      MeasureCatalog catalog,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.catalog = catalog;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Creates what has fallen due by {@code today} for every running assignment; returns how many.
   * One transaction per assignment, so a race lost on one (PostgreSQL aborts a transaction on a
   * duplicate key) does not undo the others.
   */
  public int createDue(LocalDate today) {
    int created = 0;
    for (Assignment a : repository.activeAssignments()) {
      Integer n = transactions.execute(status -> materialize(a, today));
      created += n == null ? 0 : n;
    }
    return created;
  }

  /** Creates the occurrences of one assignment due by {@code today} and not expired. */
  int materialize(Assignment a, LocalDate today) {
    if (!a.active() || a.startDate().isAfter(today) || a.schedule() == Schedule.BEFORE_SESSION) {
      // Before-session occurrences follow the booked appointments (BeforeSessionMeasures).
      return 0;
    }
    List<Administration> existing = repository.administrationsOfAssignment(a.id());
    int step = a.schedule().stepDays(a.intervalDays());
    LocalDate next;
    if (existing.isEmpty()) {
      next = a.startDate();
    } else if (step == 0) {
      return 0;
    } else {
      next = existing.get(existing.size() - 1).dueDate().plusDays(step);
    }
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    int created = 0;
    while (!next.isAfter(today)) {
      LocalDate expires = next.plusDays(a.expiryDays());
      if (!expires.isBefore(today) && insert(a, instrument, next, expires)) {
        created++;
      }
      if (step == 0) {
        break;
      }
      next = next.plusDays(step);
    }
    return created;
  }

  boolean insert(Assignment a, Instrument instrument, LocalDate due, LocalDate expires) {
    Administration occurrence =
        new Administration(
            UUID.randomUUID(),
            a.clientId(),
            a.id(),
            instrument.id(),
            instrument.version(),
            instrument.answerKeys(),
            Map.of(),
            0,
            due,
            expires,
            AdministrationStatus.OPEN,
            null,
            "CLIENT",
            0);
    try {
      repository.insertAdministration(occurrence, null);
      return true;
    } catch (DuplicateKeyException raced) {
      // The job and an assignment created the same occurrence a moment apart; one row is enough.
      return false;
    }
  }
}
