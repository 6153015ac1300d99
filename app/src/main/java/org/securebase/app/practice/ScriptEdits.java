package org.securebase.app.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.practice.ForbiddenContent;
import org.securebase.core.practice.ScriptSentence;
import org.securebase.core.safety.CrisisLanguage;

/**
 * A clinician's edits of a script's sentences: same order, a blank edit drops the sentence, an
 * edited sentence says so in its source and its speaking time scales with its length. Crisis
 * phrases or forbidden content in an edit are refused naming the sentence.
 */
final class ScriptEdits {

  private ScriptEdits() {}

  static List<ScriptSentence> apply(
      List<ScriptSentence> sentences, List<String> texts, UnaryOperator<String> message) {
    List<ScriptSentence> edited = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String text = texts.get(i) == null ? "" : texts.get(i).strip().replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        continue;
      }
      String field = "sentences[" + i + "]";
      if (text.length() > 400) {
        throw new BadInputException(field, message.apply("practice.edit.too-long"));
      }
      if (CrisisLanguage.scan(text).flagged() || !ForbiddenContent.breaches(text).isEmpty()) {
        throw new BadInputException(field, message.apply("practice.edit.forbidden"));
      }
      ScriptSentence s = sentences.get(i);
      boolean changed = !text.equals(s.text());
      edited.add(
          new ScriptSentence(
              text,
              s.templateId(),
              s.reason(),
              changed ? s.source() + ", clinician-edited" : s.source(),
              changed
                  ? s.speechSeconds() * text.length() / Math.max(1, s.text().length())
                  : s.speechSeconds(),
              s.pauseWeight(),
              s.pauseSeconds()));
    }
    return edited;
  }
}
