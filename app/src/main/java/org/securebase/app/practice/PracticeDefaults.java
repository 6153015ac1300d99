package org.securebase.app.practice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.securebase.app.journal.Activation;
import org.securebase.app.journal.SupportEvent;
import org.securebase.app.journal.SupportOutcome;
import org.securebase.core.practice.PracticeInputs;

/**
 * The builder pre-filled from the client's own logs: the pull and trigger of the latest activation,
 * "named it" when it was noticed and named, the roles whose support helped, and grounding when the
 * last practice asked for grounding only or no support helped.
 */
final class PracticeDefaults {

  private PracticeDefaults() {}

  static PracticeForm of(
      List<Activation> logged, List<SupportEvent> supports, boolean groundingOnly) {
    PracticeForm form = new PracticeForm();
    if (!logged.isEmpty()) {
      Activation latest = logged.get(logged.size() - 1);
      form.setPull(PracticeInputs.Pull.valueOf(latest.pull().name()));
      form.setTrigger(PracticeInputs.Trigger.valueOf(latest.trigger().name()));
      form.setInstead(
          latest.noticedAndNamed()
              ? PracticeInputs.Instead.NAMED_IT
              : PracticeInputs.Instead.PAUSED);
    }
    Set<PracticeInputs.SupportRole> helped = EnumSet.noneOf(PracticeInputs.SupportRole.class);
    for (SupportEvent e : supports) {
      if (e.outcome() != SupportOutcome.DID_NOT_HELP) {
        helped.add(PracticeInputs.SupportRole.valueOf(e.role().name()));
      }
    }
    form.setSupportRoles(new ArrayList<>(helped));
    form.setStyle(
        groundingOnly
            ? PracticeInputs.Style.GROUNDING
            : helped.isEmpty()
                ? PracticeInputs.Style.GROUNDING
                : PracticeInputs.Style.SECURE_BASE_IMAGERY);
    return form;
  }
}
