package org.securebase.app.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's clients, with the record-level rule that a clinician reaches only clients assigned
 * to them and a client only their own record. Every read and write is audited, refusals too.
 */
@Component
public class Caseload {

  static final String RECORD_TYPE = "client";

  private final ClientRepository clients;
  private final AuditLog audit;
  private final Clock clock;

  Caseload(ClientRepository clients, AuditLog audit, Clock clock) {
    this.clients = clients;
    this.audit = audit;
    this.clock = clock;
  }

  /** The clinician's active clients; discharged clients are left out. */
  @Transactional(readOnly = true)
  public List<Client> list(SignedInUser clinician) {
    audit.record("LIST", RECORD_TYPE, "caseload:" + clinician.id());
    return clients.findByClinician(clinician.id());
  }

  /**
   * The clinician's active (or, with {@code discharged}, discharged) clients whose name or
   * pseudonym contains {@code query}, ignoring case. The search words are not audited, only that
   * the caseload was listed.
   */
  @Transactional(readOnly = true)
  public List<Client> search(SignedInUser clinician, String query, boolean discharged) {
    audit.record("LIST", RECORD_TYPE, (discharged ? "discharged:" : "caseload:") + clinician.id());
    String q = query == null ? "" : query.strip();
    if (q.length() > 120) {
      throw new org.securebase.app.kernel.BadInputException("q", "caseload.search.too-long", 120);
    }
    return clients.findByClinician(clinician.id(), discharged, q);
  }

  /**
   * Takes the client off the active caseload, dated today; their record stays readable and can be
   * re-opened. An edit based on an older version is refused (409).
   */
  @Transactional
  public Client discharge(UUID id, int version, SignedInUser clinician) {
    Client client = visibleToClinician(id, clinician, "DISCHARGE");
    if (!client.isDischarged()
        && !clients.setDischarged(id, LocalDate.now(clock), version, now())) {
      throw new StaleEditException(RECORD_TYPE, id);
    }
    audit.record("DISCHARGE", RECORD_TYPE, id);
    return clients.findById(id).orElseThrow();
  }

  /** Puts a discharged client back on the active caseload. */
  @Transactional
  public Client reopen(UUID id, int version, SignedInUser clinician) {
    Client client = visibleToClinician(id, clinician, "REOPEN");
    if (client.isDischarged() && !clients.setDischarged(id, null, version, now())) {
      throw new StaleEditException(RECORD_TYPE, id);
    }
    audit.record("REOPEN", RECORD_TYPE, id);
    return clients.findById(id).orElseThrow();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private Client visibleToClinician(UUID id, SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, RECORD_TYPE, id);
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return visible(id, user, action);
  }

  /** The client, if this person may see them; otherwise 404, as if there were no such client. */
  @Transactional(readOnly = true)
  public Client read(UUID id, SignedInUser reader) {
    Client client = visible(id, reader, "READ");
    audit.record("READ", RECORD_TYPE, id);
    return client;
  }

  @Transactional
  public Client create(ClientForm form, SignedInUser clinician) {
    UUID id = UUID.randomUUID();
    clients.insert(id, clinician.id(), form);
    audit.record("CREATE", RECORD_TYPE, id);
    return clients.findById(id).orElseThrow();
  }

  /** Applies the edit if it was based on the current version; otherwise a 409, nothing changed. */
  @Transactional
  public Client update(UUID id, ClientForm form, SignedInUser clinician) {
    visible(id, clinician, "UPDATE");
    if (form.getVersion() == null || !clients.update(id, form)) {
      throw new StaleEditException(RECORD_TYPE, id);
    }
    audit.record("UPDATE", RECORD_TYPE, id);
    return clients.findById(id).orElseThrow();
  }

  /**
   * Whether the client is on this clinician's caseload: the one ownership rule, for features that
   * link a record to a client (an interview, an appointment). A refusal is audited as a denied
   * access, as a refused read is.
   */
  @Transactional(readOnly = true)
  public boolean isOnCaseload(UUID clientId, SignedInUser clinician) {
    boolean own =
        clinician.role() == Role.CLINICIAN
            && clients
                .findById(clientId)
                .map(c -> c.clinicianId().equals(clinician.id()))
                .orElse(false);
    if (!own) {
      audit.denied("LINK", RECORD_TYPE, clientId);
    }
    return own;
  }

  /** Pseudonyms only, for an administrator linking a client account; no clinical content. */
  public List<Client> directoryWithoutNotes() {
    return clients.findAllWithoutNotes();
  }

  private Client visible(UUID id, SignedInUser reader, String action) {
    Client client =
        clients.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    boolean allowed =
        (reader.role() == Role.CLINICIAN && client.clinicianId().equals(reader.id()))
            || (reader.role() == Role.CLIENT && id.equals(reader.clientId()));
    if (!allowed) {
      audit.denied(action, RECORD_TYPE, id);
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return client;
  }
}
