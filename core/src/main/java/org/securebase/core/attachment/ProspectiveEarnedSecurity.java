package org.securebase.core.attachment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prospective definition of earned security (Roisman, Padron, Sroufe & Egeland 2002, Child
 * Development 73(4), 1204-1219): a documented insecure infant Strange Situation classification (A,
 * C or D) followed by an F adult AAI. It is kept apart from the retrospective rule: the two
 * definitions identify different people.
 *
 * <p>With no caregiver given, any caregiver's infant classification counts; with one, only that
 * caregiver's. The adult counts as F from the organized classification, so U/F is F here as in
 * {@link EarnedSecurityRule}; a coding without classification gives no prospective flag. Immutable
 * and thread-safe.
 *
 * @param id rule id stored with each result
 * @param version rule version
 * @param caregiver the caregiver whose infant classifications count, or null for any caregiver
 */
public record ProspectiveEarnedSecurity(String id, String version, Parent caregiver) {

  /** Any caregiver's insecure infant classification counts. */
  public static final ProspectiveEarnedSecurity ANY_CAREGIVER =
      new ProspectiveEarnedSecurity("prospective-any-caregiver", "1", null);

  public ProspectiveEarnedSecurity {
    if (id == null || id.isBlank()) {
      throw new InvalidEntryException("id", "a rule needs an id");
    }
    if (version == null || version.isBlank()) {
      throw new InvalidEntryException("version", "a rule needs a version");
    }
  }

  /** Only infant classifications with the given caregiver count. */
  public static ProspectiveEarnedSecurity forCaregiver(Parent caregiver) {
    if (caregiver == null) {
      throw new InvalidEntryException("caregiver", "name the caregiver, or use ANY_CAREGIVER");
    }
    return new ProspectiveEarnedSecurity(
        "prospective-" + caregiver.name().toLowerCase(java.util.Locale.ROOT), "1", caregiver);
  }

  public Optional<Parent> caregiverIfSet() {
    return Optional.ofNullable(caregiver);
  }

  /** The parameters by name, for storage and for report footers. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("INFANT_INSECURE", "A, C, D");
    p.put("CAREGIVER", caregiver == null ? "any" : caregiver.name());
    p.put("ADULT_SECURE", "F");
    return p;
  }

  /** The infant classifications this rule considers. */
  public List<InfantClassification> considered(List<InfantClassification> infant) {
    return infant.stream()
        .filter(i -> caregiver == null || caregiver.equals(i.caregiver()))
        .toList();
  }

  /** Applies the rule to an adult coding and the participant's infant classifications. */
  public ProspectiveResult evaluate(Coding adult, List<InfantClassification> infant) {
    return evaluate(adult.classification(), infant);
  }

  /** Applies the rule to an adult classification (may be empty) and infant classifications. */
  public ProspectiveResult evaluate(
      Optional<Classification> adult, List<InfantClassification> infant) {
    List<InfantClassification> considered = considered(List.copyOf(infant));
    List<String> reasons = new ArrayList<>();
    if (considered.isEmpty()) {
      reasons.add(
          "no infant classification"
              + (caregiver == null
                  ? ""
                  : " with " + caregiver.name().toLowerCase(java.util.Locale.ROOT)));
      return new ProspectiveResult(ProspectiveStatus.NO_INFANT_DATA, this, reasons, considered);
    }
    if (adult.isEmpty()) {
      reasons.add("the adult coding has no classification");
      return new ProspectiveResult(
          ProspectiveStatus.NO_ADULT_CLASSIFICATION, this, reasons, considered);
    }
    Classification c = adult.get();
    if (!c.isOrganizedSecure()) {
      reasons.add("adult classification " + c.notation() + " is not F");
      return new ProspectiveResult(ProspectiveStatus.NOT_SECURE, this, reasons, considered);
    }
    reasons.add("adult classification " + c.notation() + " counts as F");
    List<InfantClassification> insecure =
        considered.stream().filter(i -> i.category().isInsecure()).toList();
    if (!insecure.isEmpty()) {
      insecure.forEach(
          i ->
              reasons.add(
                  "infant "
                      + i.category()
                      + " with "
                      + i.caregiver().name().toLowerCase(java.util.Locale.ROOT)
                      + " at "
                      + ScaleScore.format(i.ageMonths())
                      + " months"));
      return new ProspectiveResult(ProspectiveStatus.EARNED, this, reasons, considered);
    }
    reasons.add("every infant classification considered is B");
    return new ProspectiveResult(ProspectiveStatus.CONTINUOUS, this, reasons, considered);
  }
}
