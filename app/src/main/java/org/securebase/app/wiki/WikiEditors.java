package org.securebase.app.wiki;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may edit the library, decided the way a clinic's editorial board works: editors name and
 * remove editors (a judgement about clinical knowledge, made by peers), and the library always
 * keeps at least one. An administrator manages access but judges no clinical content, so may remove
 * an editor (someone leaves, an account is misused) and may name one only when the library has none
 * (a new deployment, or after the last one left). Only clinicians, coders and researchers can hold
 * the permission: they are the people who may suggest. Every change is audited.
 */
@Service
public class WikiEditors {

  static final String TABLE = "wiki_editor";
  private static final EnumSet<Role> ELIGIBLE =
      EnumSet.of(Role.CLINICIAN, Role.CODER, Role.RESEARCHER);

  /** One person the permission may be given to, and whether and since when they hold it. */
  record Person(
      UUID id, String name, Role role, boolean editor, OffsetDateTime since, String grantedBy) {}

  /** The editors page: the people, and what the signed-in person may do. */
  record Page(List<Person> people, int editors, boolean mayGrant, boolean mayRevoke) {}

  private final WikiRepository repository;
  private final WikiPeopleRepository people;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Clock clock;

  WikiEditors(
      WikiRepository repository,
      WikiPeopleRepository people,
      Accounts accounts,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.people = people;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Page page(SignedInUser user) {
    boolean admin = user.role() == Role.ADMIN;
    if (!admin && !repository.isEditor(user.id())) {
      throw new RecordNotFoundException("page", "editors");
    }
    Map<UUID, WikiPeopleRepository.EditorRow> editors =
        people.editors().stream()
            .collect(
                Collectors.toMap(WikiPeopleRepository.EditorRow::accountId, Function.identity()));
    List<Person> list =
        accounts.enabledWithRoles(ELIGIBLE).stream()
            .map(
                a -> {
                  var e = editors.get(a.id());
                  return new Person(
                      a.id(),
                      a.displayName(),
                      a.role(),
                      e != null,
                      e == null ? null : e.grantedAt(),
                      e == null ? null : e.grantedBy());
                })
            .toList();
    boolean mayGrant = !admin || editors.isEmpty();
    boolean mayRevoke = admin || editors.size() > 1;
    return new Page(list, editors.size(), mayGrant, mayRevoke);
  }

  @Transactional
  void grant(UUID accountId, SignedInUser actor) {
    Page page = page(actor);
    Account target = eligible(accountId);
    if (!page.mayGrant()) {
      throw new BadInputException("account", "wiki.error.admin-grants-first-only");
    }
    if (!repository.isEditor(target.id())) {
      repository.grantEditor(target.id(), OffsetDateTime.now(clock), actor.username());
      audit.record("GRANT_EDITOR", TABLE, target.id());
    }
  }

  @Transactional
  void revoke(UUID accountId, SignedInUser actor) {
    Page page = page(actor);
    if (!repository.isEditor(accountId)) {
      throw new RecordNotFoundException("editor", accountId);
    }
    if (!page.mayRevoke()) {
      throw new BadInputException("account", "wiki.error.last-editor");
    }
    people.revokeEditor(accountId);
    audit.record("REVOKE_EDITOR", TABLE, accountId);
  }

  private Account eligible(UUID accountId) {
    return accounts.enabledWithRoles(ELIGIBLE).stream()
        .filter(a -> a.id().equals(accountId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("account", accountId));
  }
}
