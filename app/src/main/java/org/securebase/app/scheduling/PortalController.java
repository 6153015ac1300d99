package org.securebase.app.scheduling;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's appointments page: upcoming, request a time, cancel, reschedule, .ics. */
@Controller
class PortalController {

  static final String VIEW = "scheduling/portal";
  private static final String BACK = "redirect:/me/appointments";

  private final ClientAppointments appointments;

  PortalController(ClientAppointments appointments) {
    this.appointments = appointments;
  }

  @GetMapping("/me/appointments")
  String portal(@AuthenticationPrincipal SignedInUser user, Model model) {
    ClientAppointments.Portal portal = appointments.portal(user);
    List<ZonedDateTime> free = appointments.freeSlots(user, 21);
    model.addAttribute("portal", portal);
    model.addAttribute("free", free.stream().limit(40).toList());
    return VIEW;
  }

  @PostMapping("/me/appointments/request")
  String request(
      @RequestParam(required = false) String start,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    try {
      Instant at = start == null ? null : Instant.parse(start);
      appointments.request(user, at);
      flash.addFlashAttribute("noticeCode", "scheduling.notice.requested");
    } catch (java.time.format.DateTimeParseException | BadInputException e) {
      flash.addFlashAttribute("scheduleErrorCode", "scheduling.portal.error.slot");
    } catch (BookingConflictException e) {
      flash.addFlashAttribute("scheduleErrorCode", "scheduling.portal.error.taken");
    }
    return BACK;
  }

  @PostMapping("/me/appointments/{id}/cancel")
  String cancel(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
    try {
      Appointment a = appointments.cancel(user, id);
      flash.addFlashAttribute(
          "noticeCode",
          a.status().name().equals("LATE_CANCELLED")
              ? "scheduling.notice.lateCancelled"
              : "scheduling.notice.clientCancelled");
    } catch (StaleEditException e) {
      flash.addFlashAttribute("scheduleErrorCode", "scheduling.portal.error.changed");
    }
    return BACK;
  }

  @PostMapping("/me/appointments/{id}/reschedule")
  String reschedule(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
    try {
      appointments.askToReschedule(user, id);
      flash.addFlashAttribute("noticeCode", "scheduling.notice.rescheduleAsked");
    } catch (StaleEditException e) {
      flash.addFlashAttribute("scheduleErrorCode", "scheduling.portal.error.changed");
    }
    return BACK;
  }

  @PostMapping("/me/appointments/reminders")
  String reminders(
      @RequestParam(required = false) String email,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    try {
      appointments.setReminderEmail(user, email);
      flash.addFlashAttribute("noticeCode", "scheduling.notice.reminders");
    } catch (BadInputException e) {
      flash.addFlashAttribute("scheduleError", e.problem());
    }
    return BACK;
  }

  @GetMapping("/me/appointments/{id}/ics")
  ResponseEntity<String> ics(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
    return AppointmentApiController.calendarFile(appointments.invitation(user, id), id);
  }
}
