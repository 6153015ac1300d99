package org.securebase.app.measure;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Instrument;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The clinician's measures pages for one client of their caseload. */
@Controller
class MeasureController {

  private static final String VIEW_OVERVIEW = "measure/overview";
  private static final String VIEW_ASSIGN = "measure/assign";
  private static final String VIEW_PAPER = "measure/paper";
  private static final String VIEW_ADMINISTRATION = "measure/administration";
  private static final String VIEW_CHARTS = "measure/charts";

  private final OutcomeMonitoring monitoring;
  private final MeasureCatalog catalog;

  MeasureController(OutcomeMonitoring monitoring, MeasureCatalog catalog) {
    this.monitoring = monitoring;
    this.catalog = catalog;
  }

  @GetMapping("/clients/{id}/measures")
  String showMeasures(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    OutcomeMonitoring.ClientMeasures measures = monitoring.overview(id, user);
    model.addAttribute("m", measures);
    model.addAttribute("client", measures.client());
    model.addAttribute("catalog", catalog);
    model.addAttribute("eventKinds", EventNote.Kind.values());
    return VIEW_OVERVIEW;
  }

  @GetMapping("/clients/{id}/measures/assign")
  String initAssignmentForm(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
    AssignmentForm form = new AssignmentForm();
    form.setStartDate(monitoring.today());
    return assignForm(id, user, form, model);
  }

  private String assignForm(UUID id, SignedInUser user, AssignmentForm form, Model model) {
    model.addAttribute("client", monitoring.clinicianClient(id, user, "READ"));
    model.addAttribute("form", form);
    model.addAttribute("instruments", catalog.all());
    model.addAttribute("schedules", Schedule.values());
    return VIEW_ASSIGN;
  }

  @PostMapping("/clients/{id}/measures/assign")
  String processAssignmentForm(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") AssignmentForm form,
      BindingResult result,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return assignForm(id, user, form, model);
    }
    try {
      Assignment a = monitoring.assign(id, form, user);
      Instrument i = catalog.get(a.instrumentId(), a.instrumentVersion());
      redirect.addFlashAttribute("notice", i.title() + " was assigned (" + a.scheduleText() + ").");
    } catch (BadInputException e) {
      result.rejectValue(e.field(), "invalid", e.problem());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return assignForm(id, user, form, model);
    }
    return "redirect:/clients/" + id + "/measures";
  }

  @PostMapping("/clients/{id}/measures/assignments/{assignmentId}/stop")
  String processStopForm(
      @PathVariable UUID id,
      @PathVariable UUID assignmentId,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    monitoring.stop(id, assignmentId, version, user);
    redirect.addFlashAttribute("notice", "The assignment was stopped. Earlier answers are kept.");
    return "redirect:/clients/" + id + "/measures";
  }

  @GetMapping("/clients/{id}/measures/paper")
  String initPaperForm(
      @PathVariable UUID id,
      @RequestParam(name = "instrument", required = false) String instrumentId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    return paperForm(id, instrumentId, monitoring.today(), Map.of(), null, user, model);
  }

  private String paperForm(
      UUID id,
      String instrumentId,
      LocalDate completedOn,
      Map<String, Integer> answers,
      BadInputException error,
      SignedInUser user,
      Model model) {
    Client client = monitoring.clinicianClient(id, user, "READ");
    model.addAttribute("client", client);
    model.addAttribute("instruments", catalog.assignable());
    model.addAttribute("completedOn", completedOn);
    model.addAttribute("error", error);
    if (instrumentId != null && !instrumentId.isBlank()) {
      Instrument instrument = catalog.requireAssignable(instrumentId);
      model.addAttribute("instrument", instrument);
      model.addAttribute("groups", ItemView.groups(instrument, instrument.answerKeys(), answers));
    }
    return VIEW_PAPER;
  }

  @PostMapping("/clients/{id}/measures/paper")
  String processPaperForm(
      @PathVariable UUID id,
      @RequestParam(name = "instrument") String instrumentId,
      @RequestParam(name = "completedOn", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate completedOn,
      @RequestParam Map<String, String> params,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Instrument instrument = catalog.requireAssignable(instrumentId);
    Map<String, Integer> answers = Map.of();
    try {
      answers = AnswerParsing.fromForm(instrument, params);
      Administration a = monitoring.enterFromPaper(id, instrumentId, completedOn, answers, user);
      redirect.addFlashAttribute("notice", "Paper answers were saved and scored.");
      return "redirect:/clients/" + id + "/measures/administrations/" + a.id();
    } catch (BadInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return paperForm(id, instrumentId, completedOn, answers, e, user, model);
    }
  }

  @GetMapping("/clients/{id}/measures/administrations/{administrationId}")
  String showAdministration(
      @PathVariable UUID id,
      @PathVariable UUID administrationId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    Administration a = monitoring.administration(id, administrationId, user);
    OutcomeMonitoring.ClientMeasures measures = monitoring.overview(id, user);
    Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
    model.addAttribute("client", measures.client());
    model.addAttribute("a", a);
    model.addAttribute("instrument", instrument);
    model.addAttribute("groups", ItemView.groups(instrument, a.itemOrder(), a.answers()));
    ScoreHistory history = measures.histories().get(a.instrumentId());
    model.addAttribute(
        "points",
        history == null
            ? List.of()
            : history.series().stream()
                .flatMap(
                    s ->
                        s.points().stream()
                            .filter(p -> p.administrationId().equals(a.id()))
                            .map(p -> new SeriesPoint(s, p)))
                .toList());
    return VIEW_ADMINISTRATION;
  }

  /** A series together with one of its points, for the item-level page. */
  record SeriesPoint(ScoreHistory.Series series, ScoreHistory.Point point) {}

  @GetMapping("/clients/{id}/measures/charts")
  String showCharts(
      @PathVariable UUID id,
      @RequestParam(name = "instrument", required = false) String instrumentId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    OutcomeMonitoring.ClientMeasures measures = monitoring.overview(id, user);
    String chosen =
        instrumentId != null && measures.histories().containsKey(instrumentId)
            ? instrumentId
            : measures.histories().keySet().stream().findFirst().orElse(null);
    model.addAttribute("client", measures.client());
    model.addAttribute("m", measures);
    model.addAttribute("chosen", chosen);
    model.addAttribute("history", chosen == null ? null : measures.histories().get(chosen));
    return VIEW_CHARTS;
  }

  @GetMapping("/clients/{id}/measures/report.pdf")
  org.springframework.http.ResponseEntity<byte[]> downloadReport(
      @PathVariable UUID id,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    ExportFile file;
    try {
      file = monitoring.progressReport(id, from, to, user);
    } catch (BadInputException e) {
      // Back to the form, with the problem beside the dates and the dates as they were typed.
      redirect.addFlashAttribute("reportError", e);
      redirect.addFlashAttribute("reportFrom", from);
      redirect.addFlashAttribute("reportTo", to);
      return org.springframework.http.ResponseEntity.status(
              org.springframework.http.HttpStatus.SEE_OTHER)
          .location(java.net.URI.create("/clients/" + id + "/measures#report"))
          .build();
    }
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(file.filename())
                .build()
                .toString())
        .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
        .body(file.content());
  }

  @PostMapping("/clients/{id}/measures/events")
  String processEventForm(
      @PathVariable UUID id,
      @RequestParam(name = "occurredOn", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate occurredOn,
      @RequestParam(name = "kind", required = false) EventNote.Kind kind,
      @RequestParam(name = "note", required = false) String note,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    try {
      monitoring.addEvent(id, occurredOn, kind, note, user);
      redirect.addFlashAttribute("notice", "The event note was added.");
    } catch (BadInputException e) {
      redirect.addFlashAttribute("eventError", e.problem());
      redirect.addFlashAttribute("eventNote", note);
    }
    return "redirect:/clients/" + id + "/measures#events";
  }

  @PostMapping("/clients/{id}/measures/events/{eventId}/edit")
  String processEventEditForm(
      @PathVariable UUID id,
      @PathVariable UUID eventId,
      @RequestParam(name = "occurredOn", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate occurredOn,
      @RequestParam(name = "kind", required = false) EventNote.Kind kind,
      @RequestParam(name = "note", required = false) String note,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    try {
      monitoring.updateEvent(id, new EventNote(eventId, id, occurredOn, kind, note, version), user);
      redirect.addFlashAttribute("notice", "The event note was changed.");
    } catch (BadInputException e) {
      redirect.addFlashAttribute("eventError", e.problem());
    }
    return "redirect:/clients/" + id + "/measures#events";
  }

  @PostMapping("/clients/{id}/measures/events/{eventId}/delete")
  String processEventDeleteForm(
      @PathVariable UUID id,
      @PathVariable UUID eventId,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    monitoring.deleteEvent(id, eventId, version, user);
    redirect.addFlashAttribute("notice", "The event note was removed.");
    return "redirect:/clients/" + id + "/measures#events";
  }
}
