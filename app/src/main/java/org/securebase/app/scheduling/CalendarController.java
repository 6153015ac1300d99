package org.securebase.app.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.scheduling.AppointmentStatus;
import org.securebase.core.scheduling.OpeningHours;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinician's calendar page: hours, breaks, booking, the weeks ahead, the private feed. */
@Controller
class CalendarController {

  static final String VIEW = "scheduling/calendar";
  private static final String BACK = "redirect:/calendar";

  private final Calendars calendars;
  private final Appointments appointments;
  private final Caseload caseload;
  private final SchedulingText text;
  private final Clock clock;
  private final AppointmentTypes types;
  private final AppointmentMoves moves;

  CalendarController(
      Calendars calendars,
      Appointments appointments,
      Caseload caseload,
      SchedulingText text,
      Clock clock,
      AppointmentTypes types,
      AppointmentMoves moves) {
    this.types = types;
    this.moves = moves;
    this.calendars = calendars;
    this.appointments = appointments;
    this.caseload = caseload;
    this.text = text;
    this.clock = clock;
  }

  /** One row of the calendar table. */
  record Row(
      Appointment appointment,
      String clientName,
      String typeLabel,
      LocalDateTime start,
      boolean started,
      boolean inSeries) {
    /** The message code of the status, for the page. */
    public String statusCode() {
      return "scheduling.status." + appointment.status().name();
    }
  }

  /** One weekday's hours on the form. */
  record DayHours(DayOfWeek day, String name, LocalTime from, LocalTime to) {}

  @GetMapping("/calendar")
  String calendar(@AuthenticationPrincipal SignedInUser user, Model model) {
    Calendars.CalendarView view = calendars.view(user);
    ZoneId zone = view.zone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<UUID, String> names = new LinkedHashMap<>();
    List<Client> clients = caseload.list(user);
    clients.forEach(c -> names.put(c.id(), c.displayName()));
    List<Row> rows = new ArrayList<>();
    List<Row> reachOut = new ArrayList<>();
    for (Appointment a : appointments.between(user, today.minusDays(14), today.plusDays(42))) {
      Row row =
          new Row(
              a,
              names.getOrDefault(a.clientId(), text.get("scheduling.calendar.otherClient")),
              text.typeLabel(a.typeCode()),
              LocalDateTime.ofInstant(a.start(), zone),
              !a.start().isAfter(clock.instant()),
              a.seriesId() != null);
      if (a.status() == AppointmentStatus.NO_SHOW && !a.reachOutDone()) {
        reachOut.add(row);
      }
      if (!a.end().isBefore(clock.instant().minus(Duration.ofDays(2)))
          || a.status() == AppointmentStatus.SCHEDULED) {
        rows.add(row);
      }
    }
    List<DayHours> week = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      OpeningHours h = view.hours().stream().filter(o -> o.day() == d).findFirst().orElse(null);
      week.add(
          new DayHours(
              d,
              d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
              h == null ? null : h.from(),
              h == null ? null : h.to()));
    }
    model.addAttribute("view", view);
    model.addAttribute("rows", rows);
    model.addAttribute("reachOut", reachOut);
    model.addAttribute("clients", clients);
    model.addAttribute("week", week);
    model.addAttribute("today", today);
    model.addAttribute("types", types.list(user));
    model.addAttribute(
        "zones",
        List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "Europe/London",
            "Europe/Berlin",
            "Australia/Sydney"));
    return VIEW;
  }

  @PostMapping("/calendar/hours")
  String hours(
      @RequestParam String timeZone,
      @RequestParam Map<String, String> form,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      String from = form.get("from-" + d.name());
      String to = form.get("to-" + d.name());
      if (from == null || from.isBlank() || to == null || to.isBlank()) {
        continue;
      }
      try {
        hours.add(new OpeningHours(d, LocalTime.parse(from), LocalTime.parse(to)));
      } catch (RuntimeException e) {
        flash.addFlashAttribute("scheduleError", text.get("scheduling.error.hours"));
        return BACK;
      }
    }
    return guarded(
        flash, "scheduling.notice.hours", () -> calendars.setHours(user, timeZone, hours));
  }

  @PostMapping("/calendar/book")
  String book(
      @RequestParam(required = false) UUID clientId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
      @RequestParam(defaultValue = "INDIVIDUAL") String type,
      @RequestParam(defaultValue = "1") Integer weeks,
      @RequestParam(defaultValue = "1") Integer intervalWeeks,
      @RequestParam(required = false) String telehealthLink,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    ZoneId zone = calendars.view(user).zone();
    LocalDateTime start = date == null || time == null ? null : date.atTime(time);
    boolean series = weeks != null && weeks > 1;
    Appointments.BookingRequest request =
        new Appointments.BookingRequest(
            clientId, start, zone.getId(), null, type, weeks, intervalWeeks, null, telehealthLink);
    return guarded(
        flash,
        series ? "scheduling.notice.series" : "scheduling.notice.booked",
        zone,
        () -> appointments.book(request, user, series));
  }

  @PostMapping("/calendar/appointments/{id}/status")
  String status(
      @PathVariable UUID id,
      @RequestParam AppointmentStatus status,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    return guarded(flash, "scheduling.notice.status", () -> appointments.record(id, status, user));
  }

  /** Moves this occurrence, or with {@code rest} it and the later ones of its series. */
  @PostMapping("/calendar/appointments/{id}/move")
  String move(
      @PathVariable UUID id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
      @RequestParam(defaultValue = "false") boolean rest,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    LocalDateTime start = date == null || time == null ? null : date.atTime(time);
    return guarded(
        flash,
        "scheduling.notice.moved",
        calendars.view(user).zone(),
        () -> moves.move(id, start, rest, user));
  }

  @PostMapping("/calendar/appointments/{id}/cancel")
  String cancel(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean rest,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    return guarded(
        flash, "scheduling.notice.cancelled", () -> appointments.cancelByClinician(id, rest, user));
  }

  @PostMapping("/calendar/appointments/{id}/reached-out")
  String reachedOut(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
    return guarded(flash, "scheduling.notice.reachedOut", () -> appointments.reachedOut(id, user));
  }

  @PostMapping("/calendar/absences")
  String absence(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate firstDay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate lastDay,
      @RequestParam(defaultValue = "false") boolean plannedBreak,
      @RequestParam(required = false) String contactMeanwhile,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes flash) {
    return guarded(
        flash,
        "scheduling.notice.absence",
        () -> calendars.addAbsence(user, firstDay, lastDay, plannedBreak, contactMeanwhile));
  }

  @PostMapping("/calendar/absences/{id}/delete")
  String removeAbsence(
      @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
    return guarded(
        flash, "scheduling.notice.absenceRemoved", () -> calendars.removeAbsence(user, id));
  }

  @PostMapping("/calendar/feed")
  String feed(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
    flash.addFlashAttribute("feedPath", "/feeds/calendar/" + calendars.newFeedToken(user) + ".ics");
    flash.addFlashAttribute("noticeCode", "scheduling.notice.feed");
    return BACK;
  }

  @PostMapping("/calendar/feed/revoke")
  String revoke(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
    return guarded(flash, "scheduling.notice.feedRevoked", () -> calendars.revokeFeed(user));
  }

  /** Runs a change; bad input and clashes come back to the page as a message, nothing changed. */
  private String guarded(RedirectAttributes flash, String done, Runnable change) {
    return guarded(flash, done, Calendars.DEFAULT_ZONE, change);
  }

  /** A clash as the page shows it, in the calendar's zone. */
  record ClashView(LocalDateTime requested, LocalDateTime takenStart, LocalDateTime takenEnd)
      implements java.io.Serializable {}

  private String guarded(RedirectAttributes flash, String done, ZoneId zone, Runnable change) {
    try {
      change.run();
      flash.addFlashAttribute("noticeCode", done);
    } catch (BadInputException e) {
      flash.addFlashAttribute("scheduleError", e.problem());
    } catch (org.securebase.app.kernel.StaleEditException e) {
      flash.addFlashAttribute("scheduleError", text.get("scheduling.error.changed"));
    } catch (BookingConflictException e) {
      List<ClashView> clashes = new ArrayList<>();
      for (BookingConflictException.Clash c : e.clashes()) {
        clashes.add(
            new ClashView(
                LocalDateTime.ofInstant(c.requestedStart(), zone),
                LocalDateTime.ofInstant(c.takenStart(), zone),
                LocalDateTime.ofInstant(c.takenEnd(), zone)));
      }
      flash.addFlashAttribute("scheduleError", e.getMessage());
      flash.addFlashAttribute("clashes", clashes);
    }
    return BACK;
  }
}
