package org.securebase.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.client.ClientForm;
import org.securebase.app.journal.ActivationForm;
import org.securebase.app.journal.ActivationLog;
import org.securebase.app.journal.Journal;
import org.securebase.app.journal.JournalForm;
import org.securebase.app.journal.JournalPrompt;
import org.securebase.app.journal.Pull;
import org.securebase.app.journal.TriggerType;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a synthetic practice for the load simulation (module {@code load/}); exists only with the
 * Spring profile {@code load-seed}, never in a normal server. 20 clinicians ({@code
 * load-clinician-01..20}), 200 clients (10 each, {@code load-client-001..200}, each with a client
 * login) and, per client, two years (104 weeks by default) of: weekly chart reads in the audit
 * trail, weekly self-monitoring checklists and a monthly ECR-RS (scored), weekly activation logs
 * and a journal entry every four weeks; plus {@code open-measures} one-off checklists due today for
 * the simulation's clients to answer (one per iteration). All through the application's own
 * services (one transaction per client), so encryption (FieldCipher), scoring and the audit chain
 * are real: every seeded record has its audit row.
 */
@Component
@Profile("load-seed")
class LoadSeed implements ApplicationRunner {

  private final Clock clock;

  static final String PASSWORD = "load-test-password";
  private static final Logger LOG = LoggerFactory.getLogger(LoadSeed.class);

  private final Accounts accounts;
  private final Caseload caseload;
  private final UserDetailsService users;
  private final MeasureHistorySeed measures;
  private final ActivationLog activations;
  private final Journal journal;
  private final TransactionTemplate transactions;
  private final int clinicians;
  private final int clientsPerClinician;
  private final int readsPerClient;
  private final int openMeasures;

  LoadSeed(
      Accounts accounts,
      Caseload caseload,
      UserDetailsService users,
      MeasureHistorySeed measures,
      ActivationLog activations,
      Journal journal,
      PlatformTransactionManager transactionManager,
      @Value("${securebase.load-seed.clinicians:20}") int clinicians,
      @Value("${securebase.load-seed.clients-per-clinician:10}") int clientsPerClinician,
      @Value("${securebase.load-seed.reads-per-client:104}") int readsPerClient,
      @Value("${securebase.load-seed.open-measures:10}") int openMeasures,
      Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.caseload = caseload;
    this.users = users;
    this.clinicians = clinicians;
    this.clientsPerClinician = clientsPerClinician;
    this.readsPerClient = readsPerClient;
    this.measures = measures;
    this.activations = activations;
    this.journal = journal;
    this.transactions = new TransactionTemplate(transactionManager);
    this.openMeasures = openMeasures;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.byUsername(clinicianName(1)).isPresent()) {
      LOG.info("Load seed already present; nothing added.");
      return;
    }
    long started = System.nanoTime();
    Random random = new Random(20261124L);
    LocalDate today = LocalDate.now(clock);
    int clientNumber = 0;
    long administrations = 0;
    long activationCount = 0;
    long journalCount = 0;
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
        for (Client client : theirs) {
          administrations +=
              transactions.execute(
                  tx -> {
                    for (int week = 0; week < readsPerClient; week++) {
                      caseload.read(client.id(), clinician);
                    }
                    return measures.seed(
                        client.id(), clinician, readsPerClient, openMeasures, today, random);
                  });
        }
        SecurityContextHolder.clearContext();
        for (int k = 0; k < theirs.size(); k++) {
          int n = clientNumber - theirs.size() + k + 1;
          String username = String.format(Locale.ROOT, "load-client-%03d", n);
          accounts.open(
              new Accounts.NewAccount(
                  username, PASSWORD, Role.CLIENT, "Load client " + n, theirs.get(k).id()),
              "load-seed");
          SignedInUser client = actAs(username);
          int[] counts = transactions.execute(tx -> clientHistory(client, readsPerClient, random));
          activationCount += counts[0];
          journalCount += counts[1];
          SecurityContextHolder.clearContext();
        }
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
    LOG.info(
        "Load seed: {} clinicians, {} clients with logins, {} chart reads in the audit trail, {}"
            + " measure administrations and assignments, {} activations, {} journal entries, in"
            + " {} s.",
        clinicians,
        clientNumber,
        (long) clientNumber * readsPerClient,
        administrations,
        activationCount,
        journalCount,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** A weekly activation and a journal entry every four weeks, written as the client. */
  private int[] clientHistory(SignedInUser client, int weeks, Random random) {
    TriggerType[] triggers = TriggerType.values();
    Pull[] pulls = Pull.values();
    JournalPrompt[] prompts = JournalPrompt.values();
    LocalDateTime start =
        LocalDateTime.now(clock.withZone(ZoneId.systemDefault()))
            .minusWeeks(weeks)
            .withHour(20)
            .withMinute(0);
    int entries = 0;
    for (int week = 0; week < weeks; week++) {
      ActivationForm a = new ActivationForm();
      a.setOccurredAt(start.plusDays(7L * week + random.nextInt(3)));
      a.setTrigger(triggers[random.nextInt(triggers.length)]);
      a.setPull(pulls[random.nextInt(pulls.length)]);
      a.setNoticedAndNamed(random.nextInt(3) > 0);
      a.setMinutesUntilSettled(Math.max(5, 120 - week + random.nextInt(30) - 15));
      if (week % 3 == 0) {
        a.setDoneInstead(
            "Went for a walk and texted a friend instead of going silent (synthetic).");
        a.setNotesShared(week % 2 == 0);
      }
      activations.record(a, client);
      if (week % 4 == 0) {
        JournalForm entry = new JournalForm();
        entry.setPrompt(prompts[random.nextInt(prompts.length)]);
        entry.setBody(
            "Synthetic journal entry for week "
                + week
                + ": I noticed the old pull and stayed with it a little longer this time.");
        entry.setShared(week % 8 == 0);
        journal.write(
            entry,
            client,
            start.plusWeeks(week).plusDays(2).atZone(ZoneId.systemDefault()).toOffsetDateTime());
        entries++;
      }
    }
    return new int[] {weeks, entries};
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
