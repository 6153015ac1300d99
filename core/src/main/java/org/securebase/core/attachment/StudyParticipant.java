package org.securebase.core.attachment;

import java.util.List;
import java.util.Optional;

/**
 * What the study-level summaries need about one participant: the pseudonymous id, the final adult
 * coding the study uses (a final or consensus coding, if any) and the infant Strange Situation
 * classifications (possibly none).
 *
 * @param participantId pseudonymous id, unique within the study
 * @param adultCoding the final coding, or null when the participant has none yet
 * @param infantClassifications infant classifications, possibly empty
 */
public record StudyParticipant(
    String participantId, Coding adultCoding, List<InfantClassification> infantClassifications) {

  public StudyParticipant {
    if (participantId == null || participantId.isBlank()) {
      throw new InvalidEntryException("participantId", "is required");
    }
    participantId = participantId.strip();
    if (adultCoding != null && !adultCoding.isFinal()) {
      throw new InvalidEntryException(
          "adultCoding",
          "participant "
              + participantId
              + ": the coding by "
              + adultCoding.coder()
              + " is a draft; study summaries use final codings only");
    }
    infantClassifications =
        infantClassifications == null ? List.of() : List.copyOf(infantClassifications);
  }

  public Optional<Coding> adultCodingIfPresent() {
    return Optional.ofNullable(adultCoding);
  }

  static void requireUniqueIds(List<StudyParticipant> participants) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (StudyParticipant p : participants) {
      if (!seen.add(p.participantId())) {
        throw new InvalidEntryException(
            "participantId", "participant " + p.participantId() + " appears twice");
      }
    }
  }
}
