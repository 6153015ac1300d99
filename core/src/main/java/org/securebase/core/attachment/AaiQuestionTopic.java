package org.securebase.core.attachment;

/**
 * The topics the Adult Attachment Interview asks about, in the product's own words and in interview
 * order. The protocol text itself is copyrighted and released only with training; the product never
 * ships it. Users import transcripts that may link each turn to one of these topics.
 */
public enum AaiQuestionTopic {
  FAMILY_BACKGROUND("Family background and who the speaker grew up with"),
  RELATIONSHIP_WITH_PARENTS("The relationship with the parents, as far back as remembered"),
  ADJECTIVES_FIRST_PARENT("Five words for the relationship with one parent, each with a memory"),
  ADJECTIVES_SECOND_PARENT("Five words for the relationship with the other parent, with memories"),
  CLOSER_PARENT("Which parent felt closer, and why"),
  UPSET_AS_CHILD("What happened when upset as a child"),
  HURT_OR_ILL("Being hurt physically or ill as a child"),
  FIRST_SEPARATION("The first separations from the parents"),
  FELT_REJECTED("Times of feeling rejected"),
  THREATS_AND_ABUSE("Threats, frightening discipline or abuse by parents"),
  EFFECTS_ON_ADULT_SELF("How these experiences shaped the adult personality"),
  WHY_PARENTS_ACTED("Why the parents may have acted as they did"),
  OTHER_PARENT_FIGURES("Other adults who were like parents"),
  LOSS_IN_CHILDHOOD("Deaths of close people in childhood"),
  LOSS_IN_ADULTHOOD("Deaths of close people later in life"),
  OTHER_FRIGHTENING_EXPERIENCES("Other overwhelming or frightening experiences"),
  CHANGES_IN_RELATIONSHIP("How the relationship with the parents changed since childhood"),
  RELATIONSHIP_NOW("The relationship with the parents today"),
  SEPARATION_FROM_OWN_CHILD("Feelings about separating from one's own child"),
  WISHES_FOR_CHILD("Hopes for one's child's future"),
  WHAT_WAS_LEARNED("What the speaker has taken from these experiences");

  private final String label;

  AaiQuestionTopic(String label) {
    this.label = label;
  }

  /** A short description in the product's own words. */
  public String label() {
    return label;
  }
}
