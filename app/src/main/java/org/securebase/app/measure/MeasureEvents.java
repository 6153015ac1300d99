package org.securebase.app.measure;

import static org.securebase.app.measure.MeasureAccess.EVENT;

import java.time.LocalDate;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Life events a clinician notes beside a client's scores (a loss, a move), shown on the charts. */
@Component
class MeasureEvents {

  private final MeasureRepository repository;
  private final MeasureAccess access;
  private final AuditLog audit;

  MeasureEvents(MeasureRepository repository, MeasureAccess access, AuditLog audit) {
    this.repository = repository;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  EventNote add(
      UUID clientId, LocalDate on, EventNote.Kind kind, String note, SignedInUser clinician) {
    access.clinicianClient(clientId, clinician, "CREATE");
    EventNote event = new EventNote(UUID.randomUUID(), clientId, on, kind, note, 0);
    validate(event);
    repository.insertEvent(event, clinician.id());
    audit.record("CREATE", EVENT, event.id());
    return event;
  }

  @Transactional
  void update(UUID clientId, EventNote edited, SignedInUser clinician) {
    access.clinicianClient(clientId, clinician, "UPDATE");
    repository
        .findEvent(edited.id())
        .filter(e -> e.clientId().equals(clientId))
        .orElseThrow(() -> new RecordNotFoundException(EVENT, edited.id()));
    validate(edited);
    if (!repository.updateEvent(edited)) {
      throw new StaleEditException(EVENT, edited.id());
    }
    audit.record("UPDATE", EVENT, edited.id());
  }

  @Transactional
  void delete(UUID clientId, UUID eventId, int version, SignedInUser clinician) {
    access.clinicianClient(clientId, clinician, "DELETE");
    repository
        .findEvent(eventId)
        .filter(e -> e.clientId().equals(clientId))
        .orElseThrow(() -> new RecordNotFoundException(EVENT, eventId));
    if (!repository.deleteEvent(eventId, version)) {
      throw new StaleEditException(EVENT, eventId);
    }
    audit.record("DELETE", EVENT, eventId);
  }

  private static void validate(EventNote e) {
    if (e.occurredOn() == null) {
      throw new BadInputException("occurredOn", "enter the date of the event");
    }
    if (e.kind() == null) {
      throw new BadInputException("kind", "choose what kind of event it was");
    }
    if (e.note() == null || e.note().isBlank()) {
      throw new BadInputException("note", "write a short note");
    }
    if (e.note().length() > 500) {
      throw new BadInputException("note", "use at most 500 characters");
    }
  }
}
