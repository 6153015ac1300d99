package org.securebase.app.demo;

import java.util.List;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.PlanObjective;
import org.securebase.app.plan.TreatmentPlans;
import org.securebase.app.practice.Practice;
import org.securebase.app.practice.PracticeForm;
import org.securebase.app.practice.Practices;
import org.securebase.core.practice.PracticeInputs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One approved guided practice for the demo client, built by the demo clinician from the client's
 * own logs through the same builder, linked to the "tolerance of safe closeness" objective where
 * the demo plan has it. Its audio is not made at start-up: the first person to open it starts the
 * render. Synthetic aspiration, written by the SecureBase team. Seeds only once.
 */
@Component
@ConditionalOnProperty(name = "securebase.demo", havingValue = "true")
@Order(20)
public class DemoPractice implements ApplicationRunner {

  static final String ASPIRATION =
      "I want to stay in the room when someone I care about gets close.";

  private final Practices practices;
  private final TreatmentPlans plans;
  private final Accounts accounts;

  DemoPractice(Practices practices, TreatmentPlans plans, Accounts accounts) {
    this.practices = practices;
    this.plans = plans;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    Account clinicianAccount = accounts.byUsername("clinician").orElse(null);
    Account clientAccount = accounts.byUsername("client").orElse(null);
    if (clinicianAccount == null || clientAccount == null || clientAccount.clientId() == null) {
      return;
    }
    try {
      SignedInUser clinician = ActingAs.account(clinicianAccount);
      var clientId = clientAccount.clientId();
      if (!practices.list(clientId, clinician).isEmpty()) {
        return;
      }
      PracticeForm form = practices.builderDefaults(clientId, clinician);
      form.setAspiration(ASPIRATION);
      form.setBody(PracticeInputs.BodyLocation.CHEST);
      form.setStyle(PracticeInputs.Style.SECURE_BASE_IMAGERY);
      form.setMinutes(5);
      form.setEyes(PracticeInputs.Eyes.CLOSED);
      form.setBackground(PracticeInputs.Background.BROWN_NOISE);
      Practice draft = practices.build(clientId, form, clinician);
      var plan = plans.read(clientId, clinician);
      List<PlanObjective> objectives = plan.exists() ? plan.current().objectives() : List.of();
      var objective =
          objectives.stream()
              .filter(o -> o.template().name().equals("SAFE_CLOSENESS"))
              .map(PlanObjective::key)
              .findFirst()
              .orElse(null);
      practices.approveRenderingLater(draft.id(), draft.version(), objective, clinician);
    } finally {
      ActingAs.end();
    }
  }
}
