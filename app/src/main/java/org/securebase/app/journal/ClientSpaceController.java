package org.securebase.app.journal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
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

/** The client's own pages: activation log, recovery trend, support log, journal, pathways. */
@Controller
class ClientSpaceController {

  private final Clock clock;

  private static final String VIEW_ACTIVATIONS = "journal/activations";
  private static final String VIEW_RECOVERY = "journal/recovery";
  private static final String VIEW_SUPPORT = "journal/support";
  private static final String VIEW_JOURNAL = "journal/journal";
  private static final String VIEW_ENTRY_FORM = "journal/entry-form";
  private static final String VIEW_ENTRY = "journal/entry";

  private final ActivationLog activations;
  private final SupportLog support;
  private final Journal journal;
  private final ClientOverview overview;
  private final RecoveryContext recoveryContext;

  ClientSpaceController(
      ActivationLog activations,
      SupportLog support,
      Journal journal,
      ClientOverview overview,
      Clock clock,
      RecoveryContext recoveryContext) {
    this.recoveryContext = recoveryContext;
    this.clock = clock;
    this.activations = activations;
    this.support = support;
    this.journal = journal;
    this.overview = overview;
  }

  // ---- activation log

  @GetMapping("/me/activations")
  String initActivationForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    ActivationForm form = new ActivationForm();
    form.setOccurredAt(
        LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.MINUTES));
    model.addAttribute("form", form);
    return activationPage(user, model);
  }

  @PostMapping("/me/activations")
  String processActivationForm(
      @Valid @ModelAttribute("form") ActivationForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return activationPage(user, model);
    }
    ActivationLog.Saved saved = activations.record(form, user);
    redirect.addFlashAttribute("notice", "Saved to your activation log.");
    redirect.addFlashAttribute("crisisShown", saved.crisisLanguage());
    return "redirect:/me/activations";
  }

  private String activationPage(SignedInUser user, Model model) {
    List<Activation> all = activations.list(user.clientId(), user);
    List<Activation> newestFirst = new java.util.ArrayList<>(all);
    java.util.Collections.reverse(newestFirst);
    model.addAttribute("recent", newestFirst.stream().limit(10).toList());
    model.addAttribute("trend", ActivationLog.trend(all));
    model.addAttribute("triggers", TriggerType.values());
    model.addAttribute("pulls", Pull.values());
    return VIEW_ACTIVATIONS;
  }

  @GetMapping("/me/recovery")
  String showRecovery(@AuthenticationPrincipal SignedInUser user, Model model) {
    List<Activation> all = activations.list(user.clientId(), user);
    model.addAttribute("activations", all);
    model.addAttribute("trend", ActivationLog.trend(all));
    model.addAttribute("marks", recoveryContext.of(user.clientId(), user, all));
    model.addAttribute("setbacks", activations.setbacks(user.clientId(), user));
    model.addAttribute("kinds", SetbackKind.values());
    if (!model.containsAttribute("setbackForm")) {
      SetbackForm form = new SetbackForm();
      form.setOccurredOn(java.time.LocalDate.now(clock));
      model.addAttribute("setbackForm", form);
    }
    return VIEW_RECOVERY;
  }

  @PostMapping("/me/setbacks")
  String processSetbackForm(
      @Valid @ModelAttribute("setbackForm") SetbackForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return showRecovery(user, model);
    }
    activations.markSetback(form, user);
    redirect.addFlashAttribute(
        "notice", "Marked on your timeline. A hard time is part of the story, not a failure.");
    return "redirect:/me/recovery";
  }

  // ---- support log

  @GetMapping("/me/support")
  String initSupportForm(@AuthenticationPrincipal SignedInUser user, Model model) {
    SupportForm form = new SupportForm();
    form.setOccurredAt(
        LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.MINUTES));
    model.addAttribute("form", form);
    return supportPage(user, model);
  }

  @PostMapping("/me/support")
  String processSupportForm(
      @Valid @ModelAttribute("form") SupportForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return supportPage(user, model);
    }
    support.record(form, user);
    redirect.addFlashAttribute("notice", "Saved to your support log.");
    return "redirect:/me/support";
  }

  private String supportPage(SignedInUser user, Model model) {
    model.addAttribute("events", support.list(user.clientId(), user));
    model.addAttribute("roles", SupportRole.values());
    model.addAttribute("outcomes", SupportOutcome.values());
    return VIEW_SUPPORT;
  }

  // ---- journal

  @GetMapping("/me/journal")
  String showJournal(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("entries", journal.own(user));
    model.addAttribute("prompts", JournalPrompt.values());
    return VIEW_JOURNAL;
  }

  @GetMapping("/me/journal/new")
  String initEntryForm(@RequestParam(required = false) JournalPrompt prompt, Model model) {
    JournalForm form = new JournalForm();
    form.setPrompt(prompt);
    model.addAttribute("form", form);
    return VIEW_ENTRY_FORM;
  }

  @PostMapping("/me/journal/new")
  String processEntryForm(
      @Valid @ModelAttribute("form") JournalForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return VIEW_ENTRY_FORM;
    }
    Journal.Saved saved = journal.write(form, user);
    redirect.addFlashAttribute("notice", "Your entry is saved.");
    redirect.addFlashAttribute("crisisShown", saved.crisisLanguage());
    return "redirect:/me/journal/" + saved.id();
  }

  @GetMapping("/me/journal/{id}")
  String showEntry(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("entry", journal.read(id, user));
    return VIEW_ENTRY;
  }

  @PostMapping("/me/journal/{id}/sharing")
  String processSharing(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean shared,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    journal.share(id, shared, user);
    redirect.addFlashAttribute(
        "notice",
        shared ? "Your clinician may now read this entry." : "This entry is now private to you.");
    return "redirect:/me/journal/" + id;
  }

  // ---- pathways

  @PostMapping("/me/pathways")
  String processPathways(
      @RequestParam(required = false) Set<Pathway> pathways,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    overview.choosePathways(
        pathways == null ? EnumSet.noneOf(Pathway.class) : EnumSet.copyOf(pathways), user);
    redirect.addFlashAttribute("notice", "Your pathways are saved.");
    return "redirect:/me";
  }
}
