package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.app.interview.TranscriptEvidence.EvidenceLink;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.ConsistencyWarning;
import org.securebase.core.attachment.Parent;
import org.securebase.core.attachment.ScaleGroup;

/**
 * The coding form laid out for a page: one row per score field, grouped as in the scale table, each
 * with its value, its error, whether a consistency warning points at it, and the discourse evidence
 * that informs it (a coder's aid, never a score).
 */
record CodingSheet(List<Group> groups, List<String> scoreOptions, List<String> notScorableOptions) {

  record Row(
      String key,
      String id,
      String label,
      String parent,
      boolean allowsNotScorable,
      String value,
      String error,
      boolean warned,
      List<EvidenceLink> evidence) {}

  record Group(String title, List<Row> rows) {}

  static final List<String> SCORES = scoreValues();

  static CodingSheet of(
      CodingForm form,
      Map<String, String> errors,
      List<ConsistencyWarning> warnings,
      Map<AaiScale, List<EvidenceLink>> evidence) {
    List<Group> groups = new ArrayList<>();
    for (ScaleGroup g : ScaleGroup.values()) {
      List<Row> rows = new ArrayList<>();
      for (AaiScale s : AaiScale.inGroup(g)) {
        if (s.perLoss()) {
          continue;
        }
        boolean warned = warnings.stream().anyMatch(w -> w.scales().contains(s));
        List<EvidenceLink> ev = evidence.getOrDefault(s, List.of());
        if (s.perParent()) {
          for (Parent p : List.of(Parent.MOTHER, Parent.FATHER)) {
            rows.add(row(form, errors, s, p, warned, ev));
          }
        } else {
          rows.add(row(form, errors, s, null, warned, ev));
        }
      }
      groups.add(new Group(title(g), rows));
    }
    List<String> withNs = new ArrayList<>(SCORES);
    withNs.add("not scorable");
    return new CodingSheet(groups, SCORES, withNs);
  }

  private static Row row(
      CodingForm form,
      Map<String, String> errors,
      AaiScale s,
      Parent p,
      boolean warned,
      List<EvidenceLink> evidence) {
    String key = CodingForm.ScoreKey.of(s, p);
    String value = form.getScores().getOrDefault(key, "");
    return new Row(
        key,
        "score-" + key.replace(':', '-'),
        s.label(),
        p == null ? null : (p.equals(Parent.MOTHER) ? "mother" : "father"),
        s.allowsNotScorable(),
        value == null ? "" : value,
        errors.get("scores[" + key + "]"),
        warned,
        p == null || p.equals(Parent.MOTHER) ? evidence : List.of());
  }

  private static String title(ScaleGroup g) {
    return switch (g) {
      case INFERRED_EXPERIENCE -> "Inferred experience (per parent)";
      case STATE_OF_MIND -> "State of mind";
      case UNRESOLVED -> "Unresolved";
    };
  }

  private static List<String> scoreValues() {
    List<String> v = new ArrayList<>();
    for (int half = 2; half <= 18; half++) {
      v.add(half % 2 == 0 ? Integer.toString(half / 2) : (half / 2) + ".5");
    }
    return List.copyOf(v);
  }
}
