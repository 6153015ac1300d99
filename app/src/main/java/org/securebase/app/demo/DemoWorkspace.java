package org.securebase.app.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.client.ClientInvitations;
import org.securebase.app.kernel.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a demo workspace into an empty database: one login per role and a small synthetic caseload.
 * Every person and every word in it was made up by the SecureBase team.
 */
@Component("demoWorkspace")
@ConditionalOnProperty(name = "securebase.demo", havingValue = "true")
@Order(0)
public class DemoWorkspace implements ApplicationRunner {

  private final Clock clock;

  /** The one password of every demo login; printed at start-up, never used outside a demo. */
  public static final String PASSWORD = "securebase-demo";

  record DemoLogin(String username, Role role, String displayName) {}

  static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin("admin", Role.ADMIN, "Ada Admin"),
          new DemoLogin("clinician", Role.CLINICIAN, "Dr. Rowan Ellis"),
          new DemoLogin("clinician2", Role.CLINICIAN, "Dr. Sam Okafor"),
          new DemoLogin("editor", Role.CLINICIAN, "Noor Haddad, library editor"),
          new DemoLogin("coder", Role.CODER, "Kim Coder"),
          new DemoLogin("coder2", Role.CODER, "Lee Second-Coder"),
          new DemoLogin("researcher", Role.RESEARCHER, "Priya Researcher"),
          new DemoLogin("client", Role.CLIENT, "Robin"));

  private final Accounts accounts;
  private final ClientInvitations invitations;
  private final DemoClients demoClients;
  private final DemoClinicalWork demoClinicalWork;
  private final org.securebase.app.demo.DemoInterviews demoInterviews;
  private final org.securebase.app.demo.DemoMeasures demoMeasures;
  private final org.securebase.app.demo.DemoCalibrationStudy demoCalibrationStudy;

  DemoWorkspace(
      Accounts accounts,
      ClientInvitations invitations,
      DemoClients demoClients,
      DemoClinicalWork demoClinicalWork,
      org.securebase.app.demo.DemoInterviews demoInterviews,
      org.securebase.app.demo.DemoMeasures demoMeasures,
      org.securebase.app.demo.DemoCalibrationStudy demoCalibrationStudy,
      Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.invitations = invitations;
    this.demoClients = demoClients;
    this.demoClinicalWork = demoClinicalWork;
    this.demoInterviews = demoInterviews;
    this.demoMeasures = demoMeasures;
    this.demoCalibrationStudy = demoCalibrationStudy;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!accounts.noneYet()) {
      return;
    }
    Account clinician = null;
    Account clinician2 = null;
    for (DemoLogin login : LOGINS) {
      if (login.role() == Role.CLIENT) {
        continue;
      }
      Account a =
          accounts.open(
              new Accounts.NewAccount(
                  login.username(), PASSWORD, login.role(), login.displayName(), null),
              "demo");
      if (login.username().equals("clinician")) {
        clinician = a;
      } else if (login.username().equals("clinician2")) {
        clinician2 = a;
      }
    }
    var robin = demoClients.seed(clinician, clinician2, LocalDate.now(clock));
    // Robin's account is opened the one way a client account opens: Robin's clinician makes an
    // invitation code and Robin redeems it.
    String code = invitations.invite(robin, ActingAs.account(clinician));
    ActingAs.end();
    var robinLogin = invitations.redeem(code, "client", PASSWORD, "Robin");
    demoClinicalWork.seed(clinician, robinLogin);
    demoInterviews.seed();
    demoMeasures.seed(clinician, robin, LocalDate.now(clock));
    demoCalibrationStudy.seed();
  }

  /** The demo logins, for the console at start-up. */
  public void printLogins(PrintStream out) {
    out.println("Demo workspace (synthetic data). Sign in as one of:");
    for (DemoLogin login : LOGINS) {
      out.printf("  %-11s %-11s (%s)%n", login.username(), login.role(), login.displayName());
    }
    out.println("Password for every demo login: " + PASSWORD);
  }
}
