package org.securebase.core.attachment;

import java.util.List;

/**
 * The 2x2 table of retrospective earned security (from the adult interview) against prospective
 * earned security (insecure infant, secure adult), as contrasted by Roisman et al. (2002).
 *
 * <p>Eligible participants have a final adult coding with a classification (F or not) and at least
 * one infant classification the prospective rule considers. "Yes" is an EARNED status; "no" is any
 * other settled status (continuous or not secure). Participants whose retrospective status is
 * UNDETERMINED are left out of the table and counted in {@link #excludedRetrospectiveUndetermined}.
 * Both rules travel with the table so their parameters can be printed under it.
 *
 * @param retrospectiveRule the retrospective rule used
 * @param prospectiveRule the prospective rule used
 * @param bothEarned earned under both definitions
 * @param retrospectiveOnly earned retrospectively, not prospectively
 * @param prospectiveOnly earned prospectively, not retrospectively
 * @param neither earned under neither
 * @param continuousSecure retrospective CONTINUOUS among the participants in the table
 * @param excludedNoCoding participants without a final coding with a classification
 * @param excludedNoInfantData participants with such a coding but no infant data considered
 * @param excludedRetrospectiveUndetermined eligible but retrospectively undetermined
 * @param prospectiveEarnedTotal prospectively earned among all participants with a classified
 *     coding and infant data, including those left out for an undetermined retrospective status
 * @param prospectiveContinuousTotal prospectively continuous (B infant, F adult) on the same basis
 */
public record RetrospectiveProspectiveOverlap(
    EarnedSecurityRule retrospectiveRule,
    ProspectiveEarnedSecurity prospectiveRule,
    int bothEarned,
    int retrospectiveOnly,
    int prospectiveOnly,
    int neither,
    int continuousSecure,
    int excludedNoCoding,
    int excludedNoInfantData,
    int excludedRetrospectiveUndetermined,
    int prospectiveEarnedTotal,
    int prospectiveContinuousTotal) {

  /** The table under the default rules: {@link EarnedSecurityRule#DEFAULT}, any caregiver. */
  public static RetrospectiveProspectiveOverlap of(List<StudyParticipant> participants) {
    return of(participants, EarnedSecurityRule.DEFAULT, ProspectiveEarnedSecurity.ANY_CAREGIVER);
  }

  /** The table under the given rules. */
  public static RetrospectiveProspectiveOverlap of(
      List<StudyParticipant> participants,
      EarnedSecurityRule retrospective,
      ProspectiveEarnedSecurity prospective) {
    StudyParticipant.requireUniqueIds(participants);
    Tally t = new Tally();
    for (StudyParticipant p : participants) {
      t.add(p, retrospective, prospective);
    }
    return new RetrospectiveProspectiveOverlap(
        retrospective,
        prospective,
        t.both,
        t.retroOnly,
        t.prospOnly,
        t.neither,
        t.continuous,
        t.noCoding,
        t.noInfant,
        t.undetermined,
        t.prospEarned,
        t.prospContinuous);
  }

  /** The counts of the table as participants are added one by one. */
  private static final class Tally {
    int both;
    int retroOnly;
    int prospOnly;
    int neither;
    int continuous;
    int noCoding;
    int noInfant;
    int undetermined;
    int prospEarned;
    int prospContinuous;

    void add(
        StudyParticipant p,
        EarnedSecurityRule retrospective,
        ProspectiveEarnedSecurity prospective) {
      Coding coding = p.adultCoding();
      if (coding == null || coding.classification().isEmpty()) {
        noCoding++;
        return;
      }
      ProspectiveResult prosp = prospective.evaluate(coding, p.infantClassifications());
      if (prosp.status() == ProspectiveStatus.NO_INFANT_DATA) {
        noInfant++;
        return;
      }
      if (prosp.isEarned()) {
        prospEarned++;
      } else if (prosp.status() == ProspectiveStatus.CONTINUOUS) {
        prospContinuous++;
      }
      EarnedSecurityResult retro = retrospective.evaluate(coding);
      if (retro.status() == EarnedStatus.UNDETERMINED) {
        undetermined++;
        return;
      }
      if (retro.status() == EarnedStatus.CONTINUOUS) {
        continuous++;
      }
      boolean r = retro.status() == EarnedStatus.EARNED;
      boolean q = prosp.isEarned();
      if (r && q) {
        both++;
      } else if (r) {
        retroOnly++;
      } else if (q) {
        prospOnly++;
      } else {
        neither++;
      }
    }
  }

  /** Participants in the table. */
  public int n() {
    return bothEarned + retrospectiveOnly + prospectiveOnly + neither;
  }

  /** Retrospectively earned-secure participants in the table. */
  public int retrospectiveEarned() {
    return bothEarned + retrospectiveOnly;
  }

  /** Prospectively earned-secure participants in the table. */
  public int prospectiveEarned() {
    return bothEarned + prospectiveOnly;
  }

  /** One cell of the table. */
  public int cell(boolean retrospectiveEarned, boolean prospectiveEarned) {
    if (retrospectiveEarned) {
      return prospectiveEarned ? bothEarned : retrospectiveOnly;
    }
    return prospectiveEarned ? prospectiveOnly : neither;
  }
}
