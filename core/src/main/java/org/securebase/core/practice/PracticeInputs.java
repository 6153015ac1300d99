package org.securebase.core.practice;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a guided practice is built from: the client's own pattern, in the activation log's names,
 * plus their aspiration in their own words and the practice options. The support roles are roles,
 * never names. Immutable; {@link #supportRoles()} is sorted, so equal inputs give equal scripts.
 *
 * @param pull which old pull the practice rehearses noticing
 * @param trigger the kind of moment that sets it off
 * @param body where it is felt
 * @param instead what the client did instead, as a kind of step
 * @param aspiration one sentence in the client's own words
 * @param supportRoles roles the client and clinician agree are safe to imagine; may be empty
 * @param minutes 5, 10 or 15
 * @param style the practice's own part
 * @param pace how fast the voice speaks
 * @param eyes open or closed
 * @param background a soft generated sound under the voice, or none
 * @param closingBell a bell at the end
 */
public record PracticeInputs(
    Pull pull,
    Trigger trigger,
    BodyLocation body,
    Instead instead,
    String aspiration,
    SortedSet<SupportRole> supportRoles,
    int minutes,
    Style style,
    Pace pace,
    Eyes eyes,
    Background background,
    boolean closingBell) {

  /** The lengths on offer, in minutes. */
  public static final Set<Integer> LENGTHS = Set.of(5, 10, 15);

  public PracticeInputs {
    Objects.requireNonNull(pull, "pull");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(instead, "instead");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(pace, "pace");
    Objects.requireNonNull(eyes, "eyes");
    Objects.requireNonNull(background, "background");
    supportRoles =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(supportRoles == null ? Set.<SupportRole>of() : supportRoles));
  }

  /** The activation log's pulls, by the same names. */
  public enum Pull {
    ANXIOUS_PROTEST,
    AVOIDANT_WITHDRAWAL,
    DISORGANIZED_FREEZE_FLEE
  }

  /** The activation log's trigger kinds, by the same names. */
  public enum Trigger {
    LOSS,
    HEALTH,
    CONFLICT,
    SEPARATION,
    OTHER
  }

  /** Where the pull is felt. */
  public enum BodyLocation {
    CHEST,
    THROAT,
    STOMACH,
    SHOULDERS,
    JAW,
    HANDS,
    HEAD,
    WHOLE_BODY,
    NOT_SURE
  }

  /** The kind of step the client took instead of following the pull. */
  public enum Instead {
    PAUSED,
    BREATHED,
    NAMED_IT,
    STAYED,
    ASKED_DIRECTLY,
    TOOK_SPACE_KINDLY,
    REACHED_OUT,
    MOVED,
    NOTHING_YET
  }

  /** The activation and support logs' roles, by the same names. */
  public enum SupportRole {
    PARTNER,
    FRIEND,
    THERAPIST,
    MENTOR,
    FAMILY,
    COMMUNITY
  }

  /**
   * The practice's own part. A hypnosis-style practice needs the clinician's per-client consent.
   */
  public enum Style {
    GROUNDING,
    SELF_COMPASSION,
    SECURE_BASE_IMAGERY,
    HYPNOSIS_STYLE
  }

  /**
   * How fast the voice speaks: words per minute used to size the script, and the stretch the speech
   * synthesizer applies to its own natural rate.
   */
  public enum Pace {
    SLOWER(135, 1.55),
    STEADY(160, 1.3);

    private final int wordsPerMinute;
    private final double stretch;

    Pace(int wordsPerMinute, double stretch) {
      this.wordsPerMinute = wordsPerMinute;
      this.stretch = stretch;
    }

    public int wordsPerMinute() {
      return wordsPerMinute;
    }

    /** Duration stretch for the synthesizer (1.0 = its natural rate). */
    public double stretch() {
      return stretch;
    }
  }

  /** Eyes open or closed during the practice. */
  public enum Eyes {
    OPEN,
    CLOSED
  }

  /** A soft sound generated under the voice, never a downloaded recording. */
  public enum Background {
    NONE,
    BROWN_NOISE,
    PINK_NOISE
  }
}
