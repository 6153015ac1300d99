package org.securebase.app.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.securebase.app.account.Account;
import org.securebase.app.account.AccountRepository;
import org.securebase.app.account.Accounts;
import org.securebase.app.account.Role;
import org.securebase.app.account.SignedInUser;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Seeds a synthetic practice for the load simulation (module {@code load/}); exists only with the
 * Spring profile {@code load-seed}, never in a normal server. 20 clinicians ({@code
 * load-clinician-01..20}), 200 clients (10 each, {@code load-client-001..200}, each with a client
 * login) and an audit history of weekly chart reads over two years (104 per client by default), all
 * through the application's own services, so encryption and the audit chain are real.
 *
 * <p>As features land (weekly measures, activation logs, journal entries) each adds its two years
 * of synthetic history here, so the simulation keeps running against a realistic volume.
 */
@Component
@Profile("load-seed")
class LoadSeed implements ApplicationRunner {

  static final String PASSWORD = "load-test-password";
  private static final Logger LOG = LoggerFactory.getLogger(LoadSeed.class);

  private final Accounts accounts;
  private final AccountRepository accountRepository;
  private final Caseload caseload;
  private final UserDetailsService users;
  private final int clinicians;
  private final int clientsPerClinician;
  private final int readsPerClient;

  LoadSeed(
      Accounts accounts,
      AccountRepository accountRepository,
      Caseload caseload,
      UserDetailsService users,
      @Value("${securebase.load-seed.clinicians:20}") int clinicians,
      @Value("${securebase.load-seed.clients-per-clinician:10}") int clientsPerClinician,
      @Value("${securebase.load-seed.reads-per-client:104}") int readsPerClient) {
    this.accounts = accounts;
    this.accountRepository = accountRepository;
    this.caseload = caseload;
    this.users = users;
    this.clinicians = clinicians;
    this.clientsPerClinician = clientsPerClinician;
    this.readsPerClient = readsPerClient;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accountRepository.findByUsername(clinicianName(1)).isPresent()) {
      LOG.info("Load seed already present; nothing added.");
      return;
    }
    long started = System.nanoTime();
    Random random = new Random(20261124L);
    LocalDate today = LocalDate.now();
    int clientNumber = 0;
    try {
      for (int c = 1; c <= clinicians; c++) {
        Account account =
            accounts.open(
                new Accounts.NewAccount(
                    clinicianName(c), PASSWORD, Role.CLINICIAN, "Load clinician " + c, null),
                "load-seed");
        SignedInUser clinician = actAs(account.username());
        List<Client> theirs = new ArrayList<>();
        for (int k = 0; k < clientsPerClinician; k++) {
          clientNumber++;
          ClientForm form = new ClientForm();
          form.setDisplayName(String.format(Locale.ROOT, "Load client %03d", clientNumber));
          form.setStartDate(today.minusDays(random.nextInt(730)));
          form.setReferralNote(
              "Synthetic referral note "
                  + clientNumber
                  + ": relationship worries, sleep and mood; seeded for the load simulation.");
          theirs.add(caseload.create(form, clinician));
        }
        for (int week = 0; week < readsPerClient; week++) {
          for (Client client : theirs) {
            caseload.read(client.id(), clinician);
          }
        }
        SecurityContextHolder.clearContext();
        for (int k = 0; k < theirs.size(); k++) {
          int n = clientNumber - theirs.size() + k + 1;
          accounts.open(
              new Accounts.NewAccount(
                  String.format(Locale.ROOT, "load-client-%03d", n),
                  PASSWORD,
                  Role.CLIENT,
                  "Load client " + n,
                  theirs.get(k).id()),
              "load-seed");
        }
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
    LOG.info(
        "Load seed: {} clinicians, {} clients with logins, {} chart reads in the audit trail, in"
            + " {} s.",
        clinicians,
        clientNumber,
        (long) clientNumber * readsPerClient,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  private SignedInUser actAs(String username) {
    SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    return user;
  }

  static String clinicianName(int n) {
    return String.format(Locale.ROOT, "load-clinician-%02d", n);
  }
}
