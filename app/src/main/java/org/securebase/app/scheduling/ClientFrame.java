package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.client.ClientPagePanels;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.BookedSessions;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.Frame;
import org.securebase.core.scheduling.SessionProjection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * One client's appointments seen as the therapeutic frame: on the clinician's record of the client,
 * the frame so far (core {@link Frame}: held as scheduled, clinician cancellations, longest gap);
 * for the plan, the sessions still to come ({@link BookedSessions}). The Adult Attachment Interview
 * is an assessment, not a session of the work, so it counts in neither (as in {@link SessionLink}).
 */
@Component
class ClientFrame implements ClientPagePanels, BookedSessions {

  private final AppointmentRepository appointments;
  private final AuditLog audit;
  private final Clock clock;

  ClientFrame(AppointmentRepository appointments, AuditLog audit, Clock clock) {
    this.appointments = appointments;
    this.audit = audit;
    this.clock = clock;
  }

  /** The frame so far: every appointment of the client that has started, decided or not. */
  Frame frame(UUID clientId) {
    Instant now = clock.instant();
    List<Frame.Past> past = new ArrayList<>();
    for (Appointment a : appointments.ofClient(clientId)) {
      if (isSession(a) && a.start().isBefore(now)) {
        past.add(new Frame.Past(a.localStart().toLocalDate(), a.status()));
      }
    }
    return Frame.of(past);
  }

  @Override
  @Transactional(readOnly = true)
  public void clientRecord(UUID clientId, SignedInUser reader, Model model) {
    if (reader.role() != Role.CLINICIAN) {
      return;
    }
    audit.record("LIST", AppointmentRepository.TABLE, "frame:" + clientId);
    model.addAttribute("frame", frame(clientId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<SessionProjection.Upcoming> upcoming(UUID clientId) {
    Instant now = clock.instant();
    List<SessionProjection.Upcoming> upcoming = new ArrayList<>();
    for (Appointment a : appointments.ofClient(clientId)) {
      if (!isSession(a) || a.start().isBefore(now)) {
        continue;
      }
      boolean cancelled =
          switch (a.status()) {
            case CANCELLED, LATE_CANCELLED, CLINICIAN_CANCELLED -> true;
            default -> false;
          };
      if (cancelled || a.status() == AppointmentStatus.SCHEDULED) {
        upcoming.add(new SessionProjection.Upcoming(a.localStart().toLocalDate(), cancelled));
      }
    }
    return upcoming;
  }

  private static boolean isSession(Appointment a) {
    return !"AAI".equals(a.typeCode());
  }
}
