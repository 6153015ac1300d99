package org.securebase.app.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.client.Caseload;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.core.plan.ObjectiveTemplate;
import org.securebase.core.plan.StatusRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinician's plan and session pages for one client. */
@Controller
class PlanController {

  private static final String VIEW_PLAN = "plan/plan";
  private static final String VIEW_PLAN_FORM = "plan/plan-form";
  private static final String VIEW_VERSION = "plan/version";
  private static final String VIEW_SESSION_FORM = "plan/session-form";
  private static final String VIEW_SESSION = "plan/session";

  /** Supervision prompts shown beside the formulation. */
  static final List<String> SUPERVISION_PROMPTS =
      List.of(
          "Am I inferring a hard early history that I cannot verify?",
          "How am I a secure base here, and where is the client testing that?",
          "Am I steering towards forgiveness or towards idealizing anyone?",
          "How does the client's culture shape what counts as closeness and support?",
          "Am I acting beyond my training?");

  private final TreatmentPlans plans;
  private final SessionNotes notes;
  private final Caseload caseload;
  private final ObjectProvider<ObjectiveWork> work;
  private final ObjectiveProjections projections;

  PlanController(
      TreatmentPlans plans,
      SessionNotes notes,
      Caseload caseload,
      ObjectProvider<ObjectiveWork> work,
      ObjectiveProjections projections) {
    this.plans = plans;
    this.notes = notes;
    this.caseload = caseload;
    this.work = work;
    this.projections = projections;
  }

  @GetMapping("/clients/{id}/plan")
  String showPlan(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(id, user));
    PlanPage page = plans.read(id, user);
    model.addAttribute("page", page);
    model.addAttribute("projections", projections.of(id, page));
    // Read after the plan, whose read checks that this client is the clinician's.
    model.addAttribute(
        "work",
        work.orderedStream()
            .flatMap(w -> w.linkedTo(id).stream())
            .collect(Collectors.groupingBy(ObjectiveWork.Item::objectiveKey)));
    model.addAttribute("rule", StatusRule.STATEMENT);
    model.addAttribute("prompts", SUPERVISION_PROMPTS);
    model.addAttribute("obstacles", Obstacle.values());
    return VIEW_PLAN;
  }

  @GetMapping("/clients/{id}/plan/versions/{version}")
  String showVersion(
      @PathVariable UUID id,
      @PathVariable int version,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("client", caseload.read(id, user));
    PlanPage page = plans.read(id, user);
    PlanVersion v =
        page.history().stream()
            .filter(h -> h.version() == version)
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("plan version", version));
    model.addAttribute("v", v);
    model.addAttribute("obstacles", Obstacle.values());
    return VIEW_VERSION;
  }

  @GetMapping("/clients/{id}/plan/edit")
  String initPlanForm(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("form", plans.form(id, user));
    return planForm(id, user, model, Map.of());
  }

  @PostMapping("/clients/{id}/plan/edit")
  String processPlanForm(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") PlanForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> problems = TreatmentPlans.problems(form);
    if (result.hasErrors() || !problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return planForm(id, user, model, problems);
    }
    try {
      PlanVersion saved = plans.save(id, form, user);
      redirect.addFlashAttribute("notice", "Plan saved as version " + saved.version() + ".");
    } catch (StaleEditException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", e.getMessage());
      return planForm(id, user, model, Map.of());
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return planForm(id, user, model, Map.of(e.field(), e.problem()));
    }
    return "redirect:/clients/" + id + "/plan";
  }

  private String planForm(UUID id, SignedInUser user, Model model, Map<String, String> problems) {
    model.addAttribute("client", caseload.read(id, user));
    model.addAttribute("problems", problems);
    model.addAttribute("templates", ObjectiveTemplate.values());
    model.addAttribute("obstacles", Obstacle.values());
    model.addAttribute("prompts", SUPERVISION_PROMPTS);
    return VIEW_PLAN_FORM;
  }

  @GetMapping("/clients/{id}/sessions/new")
  String initSessionForm(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("form", plans.sessionForm(id, user));
    return sessionForm(id, user, model);
  }

  @PostMapping("/clients/{id}/sessions/new")
  String processSessionForm(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") SessionForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return sessionForm(id, user, model);
    }
    if (action.equals("draft")) {
      // Build the draft from the structured fields; the clinician edits it before saving.
      form.setProgressNote(plans.draft(id, form, user));
      model.addAttribute("drafted", true);
      return sessionForm(id, user, model);
    }
    TherapySession saved;
    try {
      saved = plans.recordSession(id, form, user);
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", e.problem());
      return sessionForm(id, user, model);
    }
    if (action.equals("sign")) {
      notes.sign(id, saved.id(), saved.version(), user);
      redirect.addFlashAttribute("noticeCode", "notes.saved-signed");
    } else {
      redirect.addFlashAttribute("noticeCode", "notes.saved-draft");
    }
    redirect.addFlashAttribute("noticeArgs", new Object[] {saved.number()});
    return "redirect:/clients/" + id + "/sessions/" + saved.id();
  }

  private String sessionForm(UUID id, SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(id, user));
    model.addAttribute("page", plans.read(id, user));
    model.addAttribute("formAction", "/clients/" + id + "/sessions/new");
    return VIEW_SESSION_FORM;
  }

  @GetMapping("/clients/{id}/sessions/{sessionId}")
  String showSession(
      @PathVariable UUID id,
      @PathVariable UUID sessionId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("client", caseload.read(id, user));
    model.addAttribute("s", plans.session(id, sessionId, user));
    model.addAttribute("addenda", notes.addenda(id, sessionId, user));
    model.addAttribute("page", plans.read(id, user));
    return VIEW_SESSION;
  }
}
