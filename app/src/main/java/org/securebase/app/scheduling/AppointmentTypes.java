package org.securebase.app.scheduling;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.scheduling.AppointmentType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of appointment the practice offers. Three ship (individual, first meeting, AAI); any
 * clinician of the practice adds more, each with a name, a length, buffers, the notice a client
 * must give and how far ahead it may be booked. A type is never changed or removed once added:
 * appointments keep the type they were booked as, so their history cannot shift under them.
 */
@Component
class AppointmentTypes {

  static final String TABLE = "appointment_type";

  private final CalendarRepository rows;
  private final AuditLog audit;
  private final SchedulingText text;

  AppointmentTypes(CalendarRepository rows, AuditLog audit, SchedulingText text) {
    this.rows = rows;
    this.audit = audit;
    this.text = text;
  }

  /** What a clinician enters for a new type. */
  record TypeForm(
      String name,
      Integer minutes,
      Integer bufferBefore,
      Integer bufferAfter,
      Integer noticeHours,
      Integer horizonDays,
      Boolean clientBookable) {

    static TypeForm blank() {
      return new TypeForm("", 50, 0, 10, 24, 60, Boolean.FALSE);
    }
  }

  /** A type on the page: its code (for booking forms), its name, and its settings. */
  record TypeView(
      String code,
      String name,
      long minutes,
      long bufferBefore,
      long bufferAfter,
      long noticeHours,
      long horizonDays,
      boolean clientBookable) {}

  @Transactional(readOnly = true)
  List<TypeView> list(SignedInUser user) {
    requireClinician(user, "LIST");
    return rows.typeRows().stream()
        .map(
            r -> {
              AppointmentType t = r.type();
              return new TypeView(
                  t.code(),
                  text.typeLabel(t.code()),
                  t.length().toMinutes(),
                  t.bufferBefore().toMinutes(),
                  t.bufferAfter().toMinutes(),
                  t.minimumNotice().toHours(),
                  t.horizon().toDays(),
                  r.clientBookable());
            })
        .toList();
  }

  @Transactional
  AppointmentType add(TypeForm form, SignedInUser user) {
    requireClinician(user, "CREATE");
    String name = form.name() == null ? "" : form.name().strip();
    if (name.length() < 2 || name.length() > 80) {
      throw new BadInputException("name", "scheduling.types.error.name");
    }
    String code = codeFor(name);
    boolean taken =
        rows.typeRows().stream()
            .anyMatch(
                r ->
                    r.type().code().equals(code)
                        || text.typeLabel(r.type().code()).equalsIgnoreCase(name));
    if (taken) {
      throw new BadInputException("name", "scheduling.types.error.taken");
    }
    int minutes = within(form.minutes(), 5, 480, "minutes");
    int before = within(form.bufferBefore(), 0, 120, "bufferBefore");
    int after = within(form.bufferAfter(), 0, 120, "bufferAfter");
    int notice = within(form.noticeHours(), 0, 720, "noticeHours");
    int horizon = within(form.horizonDays(), 1, 730, "horizonDays");
    AppointmentType type =
        new AppointmentType(
            code,
            Duration.ofMinutes(minutes),
            Duration.ofMinutes(before),
            Duration.ofMinutes(after),
            Duration.ofHours(notice),
            Duration.ofDays(horizon),
            false);
    rows.insertType(type, Boolean.TRUE.equals(form.clientBookable()), name);
    audit.record("CREATE", TABLE, code);
    return type;
  }

  /** "Couples session" becomes COUPLES_SESSION; letters outside A-Z are dropped after accents. */
  static String codeFor(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    if (ascii.isEmpty() || !Character.isLetter(ascii.charAt(0))) {
      ascii = "TYPE_" + ascii;
    }
    ascii = ascii.length() > 40 ? ascii.substring(0, 40) : ascii;
    return ascii.length() < 2 ? ascii + "_" : ascii;
  }

  private int within(Integer value, int min, int max, String field) {
    if (value == null || value < min || value > max) {
      throw new BadInputException(field, "scheduling.types.error.range", min, max);
    }
    return value;
  }

  private void requireClinician(SignedInUser user, String action) {
    if (user.role() != Role.CLINICIAN) {
      audit.denied(action, TABLE, user.id());
      throw new RecordNotFoundException(TABLE, user.id());
    }
  }
}
