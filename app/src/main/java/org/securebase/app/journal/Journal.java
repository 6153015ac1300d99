package org.securebase.app.journal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.safety.CrisisLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal. The client reads all their entries; the clinician reads only the entries the client
 * chose to share. Crisis language in any entry raises a flag that the clinician sees (date and log,
 * never the text) whether or not the entry is shared.
 */
@Component
public class Journal {

  static final String RECORD_TYPE = "journal_entry";

  private final ClientLogRepository logs;
  private final SpaceAccess access;
  private final AuditLog audit;

  Journal(ClientLogRepository logs, SpaceAccess access, AuditLog audit) {
    this.logs = logs;
    this.access = access;
    this.audit = audit;
  }

  /** The new entry and whether its words raised a crisis flag. */
  public record Saved(UUID id, boolean crisisLanguage) {}

  @Transactional
  public Saved write(JournalForm form, SignedInUser user) {
    return write(form, user, OffsetDateTime.now(ZoneOffset.UTC));
  }

  /** Writes an entry dated {@code at}: demo data and tests date entries in the past. */
  @Transactional
  public Saved write(JournalForm form, SignedInUser user, OffsetDateTime at) {
    UUID clientId = access.writer(user, RECORD_TYPE);
    UUID id = UUID.randomUUID();
    logs.insertJournal(id, clientId, at, form);
    audit.record("CREATE", RECORD_TYPE, id);
    // The trail says the client's record was written whether or not the words raised a crisis
    // flag: a separate "flag" row would tell anyone reading the trail who wrote crisis language.
    audit.record("UPDATE", "client", clientId);
    CrisisLanguage.Finding finding = CrisisLanguage.scan(form.getBody());
    if (finding.flagged()) {
      logs.insertFlag(clientId, "JOURNAL", id, finding.phraseListVersion());
    }
    return new Saved(id, finding.flagged());
  }

  /** The client's own entries, newest first. */
  @Transactional
  public List<JournalEntry> own(SignedInUser user) {
    UUID clientId = access.writer(user, RECORD_TYPE);
    audit.record("LIST", RECORD_TYPE, "client:" + clientId);
    return logs.journal(clientId);
  }

  /** What the clinician may read: only the shared entries. */
  @Transactional
  public List<JournalEntry> shared(UUID clientId, SignedInUser user) {
    access.reader(clientId, user);
    audit.record("LIST_SHARED", RECORD_TYPE, "client:" + clientId);
    return logs.sharedJournal(clientId);
  }

  /** One entry: for its client always, for the clinician only when shared; otherwise 404. */
  @Transactional
  public JournalEntry read(UUID id, SignedInUser user) {
    JournalEntry entry =
        logs.journalEntry(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    boolean owner = SpaceAccess.isOwner(entry.clientId(), user);
    if (!owner) {
      // Refuse an unshared entry before anything else is audited in this transaction: a refusal
      // is recorded in a transaction of its own, which must not wait on this one's audit lock.
      if (!entry.shared()) {
        audit.denied("READ", RECORD_TYPE, id);
        throw new RecordNotFoundException(RECORD_TYPE, id);
      }
      try {
        access.reader(entry.clientId(), user);
      } catch (RecordNotFoundException e) {
        throw new RecordNotFoundException(RECORD_TYPE, id);
      }
    }
    audit.record("READ", RECORD_TYPE, id);
    return entry;
  }

  /** The client changes their mind about sharing one entry. */
  @Transactional
  public void share(UUID id, boolean shared, SignedInUser user) {
    JournalEntry entry =
        logs.journalEntry(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    if (!SpaceAccess.isOwner(entry.clientId(), user)) {
      audit.denied("SHARE", RECORD_TYPE, id);
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    logs.setShared(id, shared);
    audit.record(shared ? "SHARE" : "UNSHARE", RECORD_TYPE, id);
  }
}
