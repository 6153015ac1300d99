package org.securebase.app.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.securebase.app.account.Account;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.ClientForm;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;

/** The demo caseload: synthetic clients, written by the SecureBase team. */
@Component
public class DemoClients {

  private final Caseload caseload;

  DemoClients(Caseload caseload) {
    this.caseload = caseload;
  }

  /**
   * Seeds clients for two clinicians, acting as each clinician so the audit trail shows who created
   * what. Returns the id of the client who gets the demo client login.
   */
  /**
   * Robin's first session, the day the work started: before every dated thing of the demo (the
   * activation log reaches back six months, the questionnaires sixteen weeks).
   */
  public static LocalDate robinStarted(LocalDate today) {
    return today.minusMonths(7);
  }

  public UUID seed(Account clinician, Account clinician2, LocalDate today) {
    UUID robin =
        as(clinician)
            .create(
                "Robin (R-104)",
                robinStarted(today),
                "Self-referred after a second relationship ended in the same way. Describes"
                    + " pulling away when partners get close, then feeling alone.");
    as(clinician)
        .create(
            "Jordan (J-221)",
            today.minusMonths(5),
            "Referred by GP for low mood after a bereavement; wants to understand why"
                + " reassurance never seems to be enough.");
    as(clinician).create("Avery (A-317)", today.minusWeeks(3), "Intake booked; parenting worries.");
    as(clinician2)
        .create(
            "Morgan (M-408)",
            today.minusMonths(9),
            "Long-term work; history of frightening care in early childhood.");
    ActingAs.end();
    return robin;
  }

  private Creator as(Account account) {
    SignedInUser user = ActingAs.account(account);
    return (name, start, note) -> {
      ClientForm form = new ClientForm();
      form.setDisplayName(name);
      form.setStartDate(start);
      form.setReferralNote(note);
      return caseload.create(form, user).id();
    };
  }

  private interface Creator {
    UUID create(String name, LocalDate start, String note);
  }
}
