package org.securebase.app.practice;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.PlanObjective;
import org.securebase.app.plan.TreatmentPlans;
import org.securebase.core.practice.HypnosisContraindication;
import org.securebase.core.practice.PracticeInputs;
import org.securebase.core.practice.ScriptTemplates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinician's practice pages: build, preview and edit, approve, the hypnosis checklist. */
@Controller
class PracticeController {

  static final String VIEW_LIST = "practice/clinician-list";
  static final String VIEW_PREVIEW = "practice/preview";
  static final String VIEW_HYPNOSIS = "practice/hypnosis";

  private final Practices practices;
  private final Caseload caseload;
  private final TreatmentPlans plans;
  private final PracticeViews views;

  PracticeController(
      Practices practices, Caseload caseload, TreatmentPlans plans, PracticeViews views) {
    this.practices = practices;
    this.caseload = caseload;
    this.plans = plans;
    this.views = views;
  }

  @GetMapping("/clients/{id}/practices")
  String showPractices(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("form", practices.builderDefaults(id, user));
    return listPage(id, user, model);
  }

  @PostMapping("/clients/{id}/practices")
  String processBuild(
      @PathVariable UUID id,
      @ModelAttribute("form") PracticeForm form,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      Practice p = practices.build(id, form, user);
      redirect.addFlashAttribute("noticeCode", "practice.notice.built");
      return "redirect:/clients/" + id + "/practices/" + p.id();
    } catch (Practices.CrisisStopped stopped) {
      model.addAttribute("crisisStopped", true);
    } catch (BadInputException e) {
      model.addAttribute("fieldError", e.field());
      model.addAttribute("fieldProblem", e.problem());
    }
    return listPage(id, user, model);
  }

  private String listPage(UUID id, SignedInUser user, Model model) {
    Client client = caseload.read(id, user);
    model.addAttribute("client", client);
    model.addAttribute("practices", practices.list(id, user));
    List<PracticeSession> alerts =
        new java.util.ArrayList<>(
            practices.sessions(id, user).stream().filter(PracticeSession::groundingOnly).toList());
    java.util.Collections.reverse(alerts);
    model.addAttribute("alerts", alerts);
    model.addAttribute("association", practices.association(id, user));
    model.addAttribute("since", LocalDate.now(ZoneOffset.UTC).minusWeeks(12));
    model.addAttribute("hypnosis", practices.permission(id, user));
    options(model);
    return VIEW_LIST;
  }

  static void options(Model model) {
    model.addAttribute("pulls", Option.of(PracticeInputs.Pull.values(), "practice.pull."));
    model.addAttribute("triggers", Option.of(PracticeInputs.Trigger.values(), "practice.trigger."));
    model.addAttribute("bodies", Option.of(PracticeInputs.BodyLocation.values(), "practice.body."));
    model.addAttribute("insteads", Option.of(PracticeInputs.Instead.values(), "practice.instead."));
    model.addAttribute("roles", Option.of(PracticeInputs.SupportRole.values(), "practice.role."));
    model.addAttribute("lengths", List.of(5, 10, 15));
    model.addAttribute("styles", Option.of(PracticeInputs.Style.values(), "practice.style."));
    model.addAttribute("paces", Option.of(PracticeInputs.Pace.values(), "practice.pace."));
    model.addAttribute("eyesOptions", Option.of(PracticeInputs.Eyes.values(), "practice.eyes."));
    model.addAttribute(
        "backgrounds", Option.of(PracticeInputs.Background.values(), "practice.background."));
  }

  @GetMapping("/clients/{id}/practices/{practiceId}")
  String showPreview(
      @PathVariable UUID id,
      @PathVariable UUID practiceId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    Practice p = ofClient(id, practiceId, user);
    model.addAttribute("client", caseload.read(id, user));
    model.addAttribute("practice", p);
    model.addAttribute("sentences", views.sentences(p.script()));
    long total = Math.round(p.script().totalSeconds());
    model.addAttribute("totalMinutes", total / 60);
    model.addAttribute("totalSeconds", total % 60);
    model.addAttribute("sources", ScriptTemplates.builtIn().sources().values());
    model.addAttribute("audio", practices.audioState(practiceId, user));
    var plan = plans.read(id, user);
    List<PlanObjective> objectives = plan.exists() ? plan.current().objectives() : List.of();
    model.addAttribute("objectives", objectives);
    Map<UUID, Integer> done = practices.completedByObjective(id);
    model.addAttribute(
        "linkedCount", p.objectiveKey() == null ? 0 : done.getOrDefault(p.objectiveKey(), 0));
    model.addAttribute(
        "linkedObjective",
        objectives.stream().filter(o -> o.key().equals(p.objectiveKey())).findFirst().orElse(null));
    return VIEW_PREVIEW;
  }

  @PostMapping("/clients/{id}/practices/{practiceId}/edit")
  String processEdit(
      @PathVariable UUID id,
      @PathVariable UUID practiceId,
      @RequestParam(name = "sentences", required = false) List<String> sentences,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    ofClient(id, practiceId, user);
    practices.edit(practiceId, sentences, version, user);
    redirect.addFlashAttribute("noticeCode", "practice.notice.edited");
    return "redirect:/clients/" + id + "/practices/" + practiceId;
  }

  @PostMapping("/clients/{id}/practices/{practiceId}/approve")
  String processApprove(
      @PathVariable UUID id,
      @PathVariable UUID practiceId,
      @RequestParam int version,
      @RequestParam(required = false) UUID objectiveKey,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    ofClient(id, practiceId, user);
    practices.approve(practiceId, version, objectiveKey, user);
    redirect.addFlashAttribute("noticeCode", "practice.notice.approved");
    return "redirect:/clients/" + id + "/practices/" + practiceId;
  }

  @GetMapping("/clients/{id}/practices/hypnosis")
  String showHypnosis(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("client", caseload.read(id, user));
    model.addAttribute("hypnosis", practices.permission(id, user));
    model.addAttribute("items", Option.of(HypnosisContraindication.values(), "practice.contra."));
    model.addAttribute(
        "marks",
        java.util.Arrays.stream(HypnosisContraindication.values())
            .collect(
                java.util.stream.Collectors.toMap(Enum::name, HypnosisContraindication::mark)));
    return VIEW_HYPNOSIS;
  }

  @PostMapping("/clients/{id}/practices/hypnosis")
  String processHypnosis(
      @PathVariable UUID id,
      @RequestParam(name = "present", required = false) Set<HypnosisContraindication> present,
      @RequestParam(name = "confirmedNone", defaultValue = "false") boolean confirmedNone,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    HypnosisPermission decided =
        practices.decideHypnosis(
            id,
            present == null ? EnumSet.noneOf(HypnosisContraindication.class) : present,
            confirmedNone,
            user);
    redirect.addFlashAttribute(
        "noticeCode",
        decided.enabled()
            ? "practice.notice.hypnosis.enabled"
            : "practice.notice.hypnosis.disabled");
    return "redirect:/clients/" + id + "/practices";
  }

  private Practice ofClient(UUID clientId, UUID practiceId, SignedInUser user) {
    Practice p = practices.read(practiceId, user);
    if (!p.clientId().equals(clientId)) {
      throw new RecordNotFoundException(Practices.RECORD, practiceId);
    }
    return p;
  }
}
