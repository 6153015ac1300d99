package org.securebase.core.practice;

import java.util.TreeSet;
import org.securebase.core.practice.PracticeInputs.Background;
import org.securebase.core.practice.PracticeInputs.BodyLocation;
import org.securebase.core.practice.PracticeInputs.Eyes;
import org.securebase.core.practice.PracticeInputs.Instead;
import org.securebase.core.practice.PracticeInputs.Pace;
import org.securebase.core.practice.PracticeInputs.Pull;
import org.securebase.core.practice.PracticeInputs.Style;
import org.securebase.core.practice.PracticeInputs.SupportRole;
import org.securebase.core.practice.PracticeInputs.Trigger;

/** Inputs for the tests: one ordinary practice, and a builder to vary it. */
final class PracticeFixture {

  private PracticeFixture() {}

  static PracticeInputs ordinary() {
    TreeSet<SupportRole> roles = new TreeSet<>();
    roles.add(SupportRole.FRIEND);
    roles.add(SupportRole.THERAPIST);
    return new PracticeInputs(
        Pull.ANXIOUS_PROTEST,
        Trigger.CONFLICT,
        BodyLocation.CHEST,
        Instead.PAUSED,
        "I want to stay steady when someone I love is upset with me.",
        roles,
        10,
        Style.SECURE_BASE_IMAGERY,
        Pace.SLOWER,
        Eyes.CLOSED,
        Background.BROWN_NOISE,
        true);
  }

  static PracticeInputs with(PracticeInputs in, String input, String value) {
    return new PracticeInputs(
        input.equals("pull") ? Pull.valueOf(value) : in.pull(),
        input.equals("trigger") ? Trigger.valueOf(value) : in.trigger(),
        input.equals("body") ? BodyLocation.valueOf(value) : in.body(),
        input.equals("instead") ? Instead.valueOf(value) : in.instead(),
        input.equals("aspiration") ? value : in.aspiration(),
        input.equals("roles")
            ? (value.equals("none")
                ? new TreeSet<>()
                : in.supportRoles().isEmpty() ? one() : in.supportRoles())
            : in.supportRoles(),
        input.equals("length") ? Integer.parseInt(value) : in.minutes(),
        input.equals("style") ? Style.valueOf(value) : in.style(),
        input.equals("pace") ? Pace.valueOf(value) : in.pace(),
        input.equals("eyes") ? Eyes.valueOf(value) : in.eyes(),
        input.equals("background")
            ? (value.equals("none") ? Background.NONE : Background.PINK_NOISE)
            : in.background(),
        input.equals("bell") ? value.equals("yes") : in.closingBell());
  }

  private static TreeSet<SupportRole> one() {
    TreeSet<SupportRole> roles = new TreeSet<>();
    roles.add(SupportRole.MENTOR);
    return roles;
  }
}
