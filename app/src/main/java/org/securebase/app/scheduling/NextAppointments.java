package org.securebase.app.scheduling;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.scheduling.AppointmentStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the next appointment on two pages the client feature owns, as small model attributes, so the
 * client feature never has to know scheduling exists (no package cycle): the caseload gets {@code
 * nextAppointments} (client id to local start), and the client's home {@code nextAppointment}.
 * Named by package, not by class, for the same reason.
 */
@ControllerAdvice(basePackages = "org.securebase.app.client")
class NextAppointments {

  private final AppointmentRepository appointments;
  private final Clock clock;

  NextAppointments(AppointmentRepository appointments, Clock clock) {
    this.appointments = appointments;
    this.clock = clock;
  }

  @ModelAttribute
  @Transactional(readOnly = true)
  void add(
      HttpServletRequest request,
      @AuthenticationPrincipal SignedInUser user,
      org.springframework.ui.Model model) {
    if (user == null || !"GET".equals(request.getMethod())) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Instant now = clock.instant();
    if (user.role() == Role.CLINICIAN && path.equals("/clients")) {
      Map<UUID, LocalDateTime> next = new HashMap<>();
      for (Appointment a :
          appointments.ofClinician(user.id(), now, now.plus(java.time.Duration.ofDays(120)))) {
        if (a.status() == AppointmentStatus.SCHEDULED) {
          next.putIfAbsent(a.clientId(), a.localStart());
        }
      }
      model.addAttribute("nextAppointments", next);
    } else if (user.role() == Role.CLIENT && path.equals("/me") && user.clientId() != null) {
      List<Appointment> mine = appointments.ofClient(user.clientId());
      Optional<Appointment> next =
          mine.stream()
              .filter(a -> a.status() == AppointmentStatus.SCHEDULED && a.end().isAfter(now))
              .findFirst();
      model.addAttribute("nextAppointment", next.orElse(null));
    }
  }
}
