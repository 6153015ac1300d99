package org.securebase.app.plan;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.plan.StatusRule;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A client's plan and sessions as JSON, for their clinician. */
@RestController
class PlanApiController {

  private final TreatmentPlans plans;

  PlanApiController(TreatmentPlans plans) {
    this.plans = plans;
  }

  /** The plan with every version, each objective's status and the rule that produced it. */
  record PlanJson(PlanPage plan, String statusRule) {}

  @GetMapping("/api/clients/{id}/plan")
  PlanJson plan(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return new PlanJson(plans.read(id, user), StatusRule.STATEMENT);
  }

  @GetMapping("/api/clients/{id}/sessions")
  List<TherapySession> sessions(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return plans.sessions(id, user);
  }

  @PostMapping("/api/clients/{id}/sessions/draft")
  DraftJson draft(
      @PathVariable UUID id,
      @Valid @RequestBody SessionForm form,
      @AuthenticationPrincipal SignedInUser user) {
    return new DraftJson(plans.draft(id, form, user));
  }

  /** A progress-note draft. */
  record DraftJson(String draft) {}
}
