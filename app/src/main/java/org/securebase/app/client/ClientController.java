package org.securebase.app.client;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
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

/** The clinician's caseload pages. */
@Controller
class ClientController {

  private static final String VIEW_CASELOAD = "client/caseload";
  private static final String VIEW_CLIENT = "client/client";
  private static final String VIEW_FORM = "client/form";

  private final Caseload caseload;
  private final ClientInvitations invitations;
  private final List<ClientPagePanels> panels;
  private final PageReads reads;

  ClientController(
      Caseload caseload,
      ClientInvitations invitations,
      List<ClientPagePanels> panels,
      PageReads reads) {
    this.caseload = caseload;
    this.invitations = invitations;
    this.panels = panels;
    this.reads = reads;
  }

  /**
   * The caseload: active clients by default, discharged ones with {@code show=discharged}; {@code
   * q} narrows both to names containing it.
   */
  @GetMapping("/clients")
  String showCaseload(
      @RequestParam(name = "q", defaultValue = "") String query,
      @RequestParam(name = "show", defaultValue = "active") String show,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    boolean discharged = "discharged".equals(show);
    model.addAttribute("query", query);
    model.addAttribute("showDischarged", discharged);
    model.addAttribute("show", discharged ? "discharged" : "active");
    reads.inOneRead(
        () -> {
          List<Client> shown = caseload.search(user, query, discharged);
          model.addAttribute("clients", shown);
          panels.forEach(p -> p.caseload(user, shown, model));
        });
    return VIEW_CASELOAD;
  }

  @PostMapping("/clients/{id}/discharge")
  String discharge(
      @PathVariable UUID id,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    Client client = caseload.discharge(id, version, user);
    redirect.addFlashAttribute("noticeCode", "caseload.discharged");
    redirect.addFlashAttribute("noticeArgs", new Object[] {client.displayName()});
    return "redirect:/clients";
  }

  @PostMapping("/clients/{id}/reopen")
  String reopen(
      @PathVariable UUID id,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    Client client = caseload.reopen(id, version, user);
    redirect.addFlashAttribute("noticeCode", "caseload.reopened");
    redirect.addFlashAttribute("noticeArgs", new Object[] {client.displayName()});
    return "redirect:/clients/" + id;
  }

  @GetMapping("/clients/new")
  String initCreationForm(Model model) {
    model.addAttribute("form", new ClientForm());
    return VIEW_FORM;
  }

  @PostMapping("/clients/new")
  String processCreationForm(
      @Valid @ModelAttribute("form") ClientForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return VIEW_FORM;
    }
    Client client = caseload.create(form, user);
    redirect.addFlashAttribute("notice", "Client " + client.displayName() + " was added.");
    return "redirect:/clients/" + client.id();
  }

  @GetMapping("/clients/{id}")
  String showClient(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    reads.inOneRead(
        () -> {
          model.addAttribute("client", caseload.read(id, user));
          model.addAttribute("hasAccount", invitations.hasAccount(id));
          panels.forEach(p -> p.clientRecord(id, user, model));
        });
    return VIEW_CLIENT;
  }

  @GetMapping("/clients/{id}/edit")
  String initUpdateForm(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    Client client = caseload.read(id, user);
    model.addAttribute("client", client);
    model.addAttribute("form", ClientForm.of(client));
    return VIEW_FORM;
  }

  @PostMapping("/clients/{id}/edit")
  String processUpdateForm(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ClientForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    Client current = caseload.read(id, user);
    model.addAttribute("client", current);
    if (result.hasErrors()) {
      return VIEW_FORM;
    }
    try {
      caseload.update(id, form, user);
    } catch (StaleEditException e) {
      // Keep what the clinician typed on the page, and say why it was not saved.
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", e.getMessage());
      model.addAttribute("current", current);
      return VIEW_FORM;
    }
    redirect.addFlashAttribute("notice", "Changes saved.");
    return "redirect:/clients/" + id;
  }
}
