package org.securebase.app;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientForm;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes the people and records a test needs, each with a unique name, through the application's own
 * services (so the same rules and audit rows apply as in production).
 */
public final class TestWorkspace {

  public static final String PASSWORD = "a-test-password-42";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Accounts accounts;
  private final Caseload caseload;
  private final UserDetailsService users;

  public TestWorkspace(ApplicationContext context) {
    this.accounts = context.getBean(Accounts.class);
    this.caseload = context.getBean(Caseload.class);
    this.users = context.getBean(UserDetailsService.class);
  }

  public static String unique(String prefix) {
    return prefix
        + "-"
        + COUNTER.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  public SignedInUser person(Role role) {
    return person(role, null);
  }

  public SignedInUser person(Role role, UUID clientId) {
    Account a =
        accounts.open(
            new Accounts.NewAccount(
                unique(role.name().toLowerCase()), PASSWORD, role, "Test " + role, clientId),
            "test");
    return signIn(a.username());
  }

  public SignedInUser signIn(String username) {
    return (SignedInUser) users.loadUserByUsername(username);
  }

  public Client clientOf(SignedInUser clinician, String note) {
    ClientForm form = new ClientForm();
    form.setDisplayName(unique("Client"));
    form.setStartDate(LocalDate.of(2025, 3, 1));
    form.setReferralNote(note);
    return caseload.create(form, clinician);
  }

  /** A client record with a CLIENT account of its own. */
  public SignedInUser clientPerson(SignedInUser clinician) {
    Client client = clientOf(clinician, "Synthetic note for a test.");
    return person(Role.CLIENT, client.id());
  }
}
