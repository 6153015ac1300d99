package org.securebase.app.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securebase.core.practice.PracticeInputs;
import org.securebase.core.practice.PracticeScript;
import org.securebase.core.practice.ScriptSentence;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a script's reasons ("pull=ANXIOUS_PROTEST & length=10/15") into the clinician's words
 * ("Because the log shows: Reaching hard for reassurance (protest)"), from the practice bundle and
 * the practice's own inputs.
 */
@Component
class PracticeViews {

  private final MessageSource messages;

  PracticeViews(MessageSource messages) {
    this.messages = messages;
  }

  List<SentenceView> sentences(PracticeScript script) {
    List<SentenceView> views = new ArrayList<>();
    List<ScriptSentence> sentences = script.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      ScriptSentence s = sentences.get(i);
      views.add(
          new SentenceView(
              i,
              s.text(),
              s.templateId(),
              reason(s.reason(), script.inputs()),
              s.source(),
              Math.round(s.pauseSeconds())));
    }
    return views;
  }

  String reason(String reason, PracticeInputs in) {
    if (reason.equals("always")) {
      return text("practice.reason.always");
    }
    List<String> parts = new ArrayList<>();
    for (String condition : reason.split(" & ")) {
      String input = condition.substring(0, condition.indexOf('='));
      parts.add(
          switch (input) {
            case "pull" -> text("practice.reason.pull", text("practice.pull." + in.pull()));
            case "trigger" ->
                text("practice.reason.trigger", text("practice.trigger." + in.trigger()));
            case "body" -> text("practice.reason.body", text("practice.body." + in.body()));
            case "instead" ->
                text("practice.reason.instead", text("practice.instead." + in.instead()));
            case "style" -> text("practice.reason.style", text("practice.style." + in.style()));
            case "eyes" -> text("practice.reason.eyes", text("practice.eyes." + in.eyes()));
            case "length" -> text("practice.reason.length", in.minutes());
            case "roles" ->
                in.supportRoles().isEmpty()
                    ? text("practice.reason.roles.none")
                    : text(
                        "practice.reason.roles",
                        String.join(
                            ", ",
                            in.supportRoles().stream()
                                .map(r -> text("practice.role." + r))
                                .toList()));
            case "bell" -> text("practice.reason.bell");
            default -> text("practice.reason.background");
          });
    }
    return String.join("; ", parts);
  }

  private String text(String code, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(code, args, code, locale);
  }
}
