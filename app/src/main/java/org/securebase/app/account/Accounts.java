package org.securebase.app.account;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, from the administrator's page, the {@code user add} command and the demo
 * workspace alike, so that every path applies the same rules and leaves the same audit row.
 */
@Component
public class Accounts {

  /** Letters, digits, dots, dashes and underscores; 3 to 80 characters. */
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,80}");

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;
  private final PasswordPolicy policy;

  Accounts(
      AccountRepository repository,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock,
      PasswordPolicy policy) {
    this.policy = policy;
    this.repository = repository;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  /** What is needed to open an account. {@code clientId} is required for, and only for, CLIENT. */
  public record NewAccount(
      String username, String password, Role role, String displayName, UUID clientId) {}

  /** The account with this username, for features that name people by username. */
  public Optional<Account> byUsername(String username) {
    return repository.findByUsername(username);
  }

  /** The name shown for an account (who entered a value, who reviewed a flag), if it exists. */
  public Optional<String> displayName(UUID id) {
    return repository.findById(id).map(Account::displayName);
  }

  /**
   * Enabled accounts with one of these roles, by display name: the people a feature may offer a
   * permission to (the library's editors).
   */
  @Transactional(readOnly = true)
  public List<Account> enabledWithRoles(Set<Role> roles) {
    return repository.findAll().stream()
        .filter(a -> a.enabled() && roles.contains(a.role()))
        .sorted(
            Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Account::username))
        .toList();
  }

  /** Whether no account exists yet (a fresh deployment, where the demo may seed its logins). */
  public boolean noneYet() {
    return repository.isEmpty();
  }

  /**
   * Opens an account, or throws {@link BadInputException} naming the field that is wrong.
   *
   * @param actor who opens it, for the audit trail ("cli:..." from the command line)
   */
  @Transactional
  public Account open(NewAccount request, String actor) {
    if (request.role() == Role.CLIENT || request.clientId() != null) {
      // Separation of duties: only the client's own clinician links an account to a client
      // record, through a one-time invitation (client.ClientInvitations).
      throw new BadInputException(
          "role", "a client account is opened only with an invitation from the client's clinician");
    }
    return insert(request, actor, actor.startsWith("cli:") ? "CLI" : "ADMIN");
  }

  /**
   * Opens a CLIENT account linked to a client record. Called only once a clinician's one-time
   * invitation code was checked; audited as the new client.
   */
  @Transactional
  public Account openForInvitedClient(NewAccount request) {
    if (request.role() != Role.CLIENT || request.clientId() == null) {
      throw new BadInputException("role", "an invitation opens a client account");
    }
    return insert(request, request.username(), "CLIENT");
  }

  /** Whether a client record already has its account. */
  public boolean hasClientAccount(UUID clientId) {
    return repository.findByClientId(clientId).isPresent();
  }

  private Account insert(NewAccount request, String actor, String actorRole) {
    if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
      throw new BadInputException(
          "username", "use 3 to 80 letters, digits, dots, dashes or underscores");
    }
    if (repository.findByUsername(request.username()).isPresent()) {
      throw new BadInputException("username", "the username " + request.username() + " is taken");
    }
    policy.check("password", request.password());
    if (request.role() == null) {
      throw new BadInputException("role", "choose a role");
    }
    if (request.role() == Role.CLIENT && request.clientId() == null) {
      throw new BadInputException("clientId", "a client account must be linked to a client record");
    }
    if (request.role() != Role.CLIENT && request.clientId() != null) {
      throw new BadInputException("clientId", "only a client account is linked to a client record");
    }
    if (request.clientId() != null && repository.findByClientId(request.clientId()).isPresent()) {
      throw new BadInputException("clientId", "that client record already has an account");
    }
    String name =
        request.displayName() == null || request.displayName().isBlank()
            ? request.username()
            : request.displayName().strip();
    if (name.length() > 120) {
      throw new BadInputException("displayName", "use at most 120 characters");
    }
    Account account =
        new Account(
            UUID.randomUUID(),
            request.username(),
            passwords.encode(request.password()),
            request.role(),
            name,
            request.clientId(),
            true,
            0,
            false,
            clock.instant());
    repository.insert(account);
    audit.recordAs(actor, actorRole, "ACCOUNT_CREATE", "account", account.id(), "ALLOWED");
    return account;
  }
}
