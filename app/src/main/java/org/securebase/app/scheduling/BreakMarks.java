package org.securebase.app.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.securebase.app.client.Caseload;
import org.securebase.app.journal.RecoveryMarks;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The clinician's planned breaks on the client's recovery chart: activation episodes can then be
 * read against the weeks the clinician was away, which attachment work expects to stir the pull (a
 * separation from the secure base). Days off that are not planned breaks are left out.
 */
@Component
class BreakMarks implements RecoveryMarks {

  private final Caseload caseload;
  private final Calendars calendars;

  BreakMarks(Caseload caseload, Calendars calendars) {
    this.caseload = caseload;
    this.calendars = calendars;
  }

  @Override
  public List<Break> plannedBreaks(UUID clientId, SignedInUser reader) {
    UUID clinician = caseload.read(clientId, reader).clinicianId();
    return calendars.plannedBreaks(clinician, LocalDate.MIN).stream()
        .map(b -> new Break(b.firstDay(), b.lastDay()))
        .toList();
  }
}
