package org.securebase.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.core.scheduling.Frame.Past;

class FrameTest {

  @Test
  void countsHeldClinicianCancellationsAndTheLongestGap() {
    Frame f =
        Frame.of(
            List.of(
                new Past(LocalDate.of(2026, 9, 1), AppointmentStatus.ATTENDED),
                new Past(LocalDate.of(2026, 9, 8), AppointmentStatus.CLINICIAN_CANCELLED),
                new Past(LocalDate.of(2026, 9, 15), AppointmentStatus.NO_SHOW),
                new Past(LocalDate.of(2026, 9, 22), AppointmentStatus.ATTENDED),
                new Past(LocalDate.of(2026, 9, 29), AppointmentStatus.LATE_CANCELLED),
                new Past(LocalDate.of(2026, 10, 6), AppointmentStatus.ATTENDED),
                new Past(LocalDate.of(2026, 10, 13), AppointmentStatus.SCHEDULED)));
    assertThat(f.scheduled()).isEqualTo(6);
    assertThat(f.held()).isEqualTo(3);
    assertThat(f.heldPercent()).contains(50);
    assertThat(f.clinicianCancelled()).isEqualTo(1);
    assertThat(f.clientCancelled()).isEqualTo(1);
    assertThat(f.noShows()).isEqualTo(1);
    assertThat(f.longestGapDays()).isEqualTo(21);
    assertThat(f.longestGapFrom()).contains(LocalDate.of(2026, 9, 1));
  }

  @Test
  void saysNothingWhenNothingWasScheduled() {
    assertThat(Frame.of(List.of()).heldPercent()).isEmpty();
  }

  @Test
  void projectsTheDeadlineSessionAndSeesCancellationsPushIt() {
    List<SessionProjection.Upcoming> upcoming =
        List.of(
            new SessionProjection.Upcoming(LocalDate.of(2027, 1, 4), false),
            new SessionProjection.Upcoming(LocalDate.of(2027, 1, 11), true),
            new SessionProjection.Upcoming(LocalDate.of(2027, 1, 18), false),
            new SessionProjection.Upcoming(LocalDate.of(2027, 1, 25), false));
    SessionProjection p = SessionProjection.of(16, 13, upcoming);
    assertThat(p.planned()).contains(LocalDate.of(2027, 1, 18));
    assertThat(p.projected()).contains(LocalDate.of(2027, 1, 25));
    assertThat(p.slipped()).isTrue();
    assertThat(p.cancelledBefore()).isEqualTo(1);

    SessionProjection clear = SessionProjection.of(14, 13, upcoming);
    assertThat(clear.projected()).contains(LocalDate.of(2027, 1, 4));
    assertThat(clear.slipped()).isFalse();
    assertThat(SessionProjection.of(10, 13, upcoming).reached()).isTrue();
  }
}
