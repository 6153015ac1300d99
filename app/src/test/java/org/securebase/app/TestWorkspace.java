package org.securebase.app;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientForm;
import org.securebase.app.client.ClientInvitations;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
  private final ClientInvitations invitations;

  public TestWorkspace(ApplicationContext context) {
    this.accounts = context.getBean(Accounts.class);
    this.caseload = context.getBean(Caseload.class);
    this.users = context.getBean(UserDetailsService.class);
    this.invitations = context.getBean(ClientInvitations.class);
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

  /**
   * A client record with a CLIENT account of its own, opened the one way there is: the clinician's
   * invitation code, redeemed.
   */
  public SignedInUser clientPerson(SignedInUser clinician) {
    Client client = clientOf(clinician, "Synthetic note for a test.");
    String code;
    var previous = SecurityContextHolder.getContext().getAuthentication();
    try {
      SecurityContextHolder.getContext()
          .setAuthentication(
              UsernamePasswordAuthenticationToken.authenticated(
                  clinician, null, clinician.getAuthorities()));
      code = invitations.invite(client.id(), clinician);
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
    Account a = invitations.redeem(code, unique("client"), PASSWORD, "Test CLIENT");
    return signIn(a.username());
  }
}
