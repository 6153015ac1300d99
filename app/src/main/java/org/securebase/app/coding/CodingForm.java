package org.securebase.app.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securebase.core.attachment.AaiScale;
import org.securebase.core.attachment.Classification;
import org.securebase.core.attachment.Coding;
import org.securebase.core.attachment.LossScore;
import org.securebase.core.attachment.Overlay;
import org.securebase.core.attachment.Parent;

/**
 * What a coder submits, from the page or as JSON. Scores are keyed {@code SCALE} or {@code
 * SCALE:MOTHER} / {@code SCALE:FATHER} (see {@link ScoreKey}) and hold text such as {@code 4.5} or
 * {@code not scorable}; unresolved losses come as parallel label and score lists. The
 * classification is either the organized category, subclass and overlay flags (the page) or one
 * notation such as {@code U/F3b} (the API).
 */
public class CodingForm {

  private String organized;
  private String subclass;
  private boolean unresolved;
  private boolean cannotClassify;
  private String classification;
  private Map<String, String> scores = new LinkedHashMap<>();
  private List<String> lossLabels = new ArrayList<>();
  private List<String> lossScores = new ArrayList<>();
  private Integer lockVersion;
  private String reason;
  private boolean finalize;

  /** The form filled with a stored coding, for editing or as the start of a correction. */
  static CodingForm of(Coding coding, Integer lockVersion) {
    CodingForm f = new CodingForm();
    coding
        .classification()
        .ifPresent(
            c -> {
              f.organized = c.organized().code();
              f.subclass = c.subclass();
              f.unresolved = c.overlays().contains(Overlay.U);
              f.cannotClassify = c.overlays().contains(Overlay.CC);
            });
    coding
        .scores()
        .singleScores()
        .forEach((s, v) -> f.scores.put(ScoreKey.of(s, null), v.toString()));
    coding
        .scores()
        .perParentScores()
        .forEach((s, m) -> m.forEach((p, v) -> f.scores.put(ScoreKey.of(s, p), v.toString())));
    for (LossScore loss : coding.scores().losses()) {
      f.lossLabels.add(loss.label());
      f.lossScores.add(loss.score().toString());
    }
    f.lockVersion = lockVersion;
    return f;
  }

  /** Keys of score fields: the scale name, with {@code :MOTHER}/{@code :FATHER} per parent. */
  static final class ScoreKey {
    static String of(AaiScale scale, Parent parent) {
      return parent == null ? scale.name() : scale.name() + ":" + parent.name();
    }

    static List<String> all() {
      List<String> keys = new ArrayList<>();
      for (AaiScale s : AaiScale.values()) {
        if (s.perLoss()) {
          continue;
        }
        if (s.perParent()) {
          keys.add(of(s, Parent.MOTHER));
          keys.add(of(s, Parent.FATHER));
        } else {
          keys.add(of(s, null));
        }
      }
      return keys;
    }
  }

  /** The classification as one notation, from whichever form the caller used; may be blank. */
  String notation() {
    if (classification != null && !classification.isBlank()) {
      return classification.strip();
    }
    if (organized == null || organized.isBlank()) {
      return unresolved || cannotClassify ? "?" : "";
    }
    String sub = subclass == null ? "" : subclass.strip();
    String org = organized.strip();
    if (!sub.isEmpty() && !sub.regionMatches(true, 0, org, 0, org.length())) {
      sub = org + sub;
    }
    String n = sub.isEmpty() ? org : sub;
    return (cannotClassify ? "CC/" : "") + n;
  }

  /** Prefixes U when the overlay flag is set (the notation puts U first). */
  String fullNotation() {
    String n = notation();
    if (classification != null && !classification.isBlank()) {
      return n;
    }
    return unresolved && !n.isEmpty() && !n.equals("?") ? "U/" + n : n;
  }

  Classification parsedClassificationOrNull() {
    String n = fullNotation();
    return n.isEmpty() ? null : Classification.parse(n);
  }

  public String getOrganized() {
    return organized;
  }

  public void setOrganized(String organized) {
    this.organized = organized;
  }

  public String getSubclass() {
    return subclass;
  }

  public void setSubclass(String subclass) {
    this.subclass = subclass;
  }

  public boolean isUnresolved() {
    return unresolved;
  }

  public void setUnresolved(boolean unresolved) {
    this.unresolved = unresolved;
  }

  public boolean isCannotClassify() {
    return cannotClassify;
  }

  public void setCannotClassify(boolean cannotClassify) {
    this.cannotClassify = cannotClassify;
  }

  public String getClassification() {
    return classification;
  }

  public void setClassification(String classification) {
    this.classification = classification;
  }

  public Map<String, String> getScores() {
    return scores;
  }

  public void setScores(Map<String, String> scores) {
    this.scores = scores == null ? new LinkedHashMap<>() : scores;
  }

  public List<String> getLossLabels() {
    return lossLabels;
  }

  public void setLossLabels(List<String> lossLabels) {
    this.lossLabels = lossLabels == null ? new ArrayList<>() : lossLabels;
  }

  public List<String> getLossScores() {
    return lossScores;
  }

  public void setLossScores(List<String> lossScores) {
    this.lossScores = lossScores == null ? new ArrayList<>() : lossScores;
  }

  public Integer getLockVersion() {
    return lockVersion;
  }

  public void setLockVersion(Integer lockVersion) {
    this.lockVersion = lockVersion;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isFinalize() {
    return finalize;
  }

  public void setFinalize(boolean finalize) {
    this.finalize = finalize;
  }
}
