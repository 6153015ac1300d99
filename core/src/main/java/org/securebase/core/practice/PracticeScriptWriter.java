package org.securebase.core.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.core.safety.CrisisLanguage;

/**
 * Writes a guided practice from its inputs with the versioned templates: the sections in their
 * fixed order (opening with the way out, grounding first, orienting at the end), in each section
 * every template whose conditions hold, in file order, placeholders filled from the data file's
 * phrases and the client's own aspiration. No randomness and no clock: the same inputs and template
 * version always give the same script. Pauses are sized so the estimated length is the chosen
 * number of minutes; the audio renderer sizes them again from the real speech.
 *
 * <p>The aspiration is screened first: crisis language stops the builder ({@link
 * CrisisLanguageStop}); caregivers, forgetting, regressing or memory recovery are refused as input
 * ({@link InvalidPracticeInputException}). Thread-safe.
 */
public final class PracticeScriptWriter {

  /** Longest aspiration, in characters: one sentence, said in about ten seconds. */
  public static final int ASPIRATION_MAX = 200;

  /** Bell and fade after the last sentence, in seconds. */
  static final double CLOSING_WITH_BELL = 8.0;

  static final double CLOSING_WITHOUT_BELL = 3.0;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private final ScriptTemplates templates;

  public PracticeScriptWriter(ScriptTemplates templates) {
    this.templates = templates;
  }

  /** A writer over the templates shipped with this build. */
  public static PracticeScriptWriter builtIn() {
    return new PracticeScriptWriter(ScriptTemplates.builtIn());
  }

  /**
   * The script for {@code inputs}.
   *
   * @param hypnosisEnabled whether the client's clinician has enabled hypnosis-style practice for
   *     this client after the contraindication checklist
   * @throws CrisisLanguageStop when the aspiration holds crisis language
   * @throws InvalidPracticeInputException for anything else the writer refuses
   */
  public PracticeScript write(PracticeInputs inputs, boolean hypnosisEnabled) {
    String aspiration = screenAspiration(inputs.aspiration());
    if (!PracticeInputs.LENGTHS.contains(inputs.minutes())) {
      throw new InvalidPracticeInputException(
          "minutes", "practice.input.minutes", "choose 5, 10 or 15 minutes");
    }
    if (inputs.style() == PracticeInputs.Style.HYPNOSIS_STYLE && !hypnosisEnabled) {
      throw new InvalidPracticeInputException(
          "style",
          "practice.input.style.hypnosis-not-enabled",
          "hypnosis-style practice is available only where the clinician has enabled it for"
              + " this client after the contraindication checklist");
    }
    List<ScriptSentence> sentences = new ArrayList<>();
    List<Double> speech = new ArrayList<>();
    for (ScriptTemplate.Section section : ScriptTemplate.Section.values()) {
      for (ScriptTemplate t : templates.templates()) {
        if (t.section() == section && t.selects(inputs)) {
          String text = fill(t.text(), inputs, aspiration);
          sentences.add(
              new ScriptSentence(text, t.id(), t.reason(), t.mark(), 0, t.pauseWeight(), 0));
          speech.add(speechSeconds(text, inputs.pace()));
        }
      }
    }
    double closing = inputs.closingBell() ? CLOSING_WITH_BELL : CLOSING_WITHOUT_BELL;
    return new PracticeScript(
        templates.version(),
        inputs,
        PauseFit.fit(sentences, speech, inputs.minutes() * 60 - closing),
        closing);
  }

  /** The aspiration as it will be spoken, or the reason it cannot be. */
  static String screenAspiration(String aspiration) {
    if (aspiration == null || aspiration.isBlank()) {
      throw new InvalidPracticeInputException(
          "aspiration",
          "practice.input.aspiration.required",
          "write one sentence about what you would like for yourself");
    }
    CrisisLanguage.Finding finding = CrisisLanguage.scan(aspiration);
    if (finding.flagged()) {
      throw new CrisisLanguageStop("aspiration", finding);
    }
    String text = aspiration.strip().replaceAll("\\s+", " ");
    if (text.length() > ASPIRATION_MAX) {
      throw new InvalidPracticeInputException(
          "aspiration",
          "practice.input.aspiration.too-long",
          "use at most " + ASPIRATION_MAX + " characters",
          ASPIRATION_MAX);
    }
    if (text.replaceAll("[.!?]+\\s*$", "").matches(".*[.!?]\\s+\\S.*")) {
      throw new InvalidPracticeInputException(
          "aspiration", "practice.input.aspiration.one-sentence", "write a single sentence");
    }
    if (!WORD.matcher(text).find()) {
      throw new InvalidPracticeInputException(
          "aspiration",
          "practice.input.aspiration.required",
          "write one sentence about what you would like for yourself");
    }
    List<String> breaches = ForbiddenContent.aspirationBreaches(text);
    if (!breaches.isEmpty()) {
      throw new InvalidPracticeInputException(
          "aspiration",
          "practice.input.aspiration.off-limits",
          "a practice recording keeps to what you would like for yourself now; it leaves out"
              + " other people from your past, forgetting and going back in time ("
              + String.join(", ", breaches)
              + "); bring those to a session instead");
    }
    String cleaned = text.replaceAll("[\"\u201c\u201d<>{}\\[\\]]", "");
    return cleaned.matches(".*[.!?]$") ? cleaned : cleaned + ".";
  }

  private String fill(String text, PracticeInputs in, String aspiration) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "pull" -> templates.phrase("pull." + in.pull().name());
            case "trigger" -> templates.phrase("trigger." + in.trigger().name());
            case "body" -> templates.phrase("body." + in.body().name());
            case "instead" -> templates.phrase("instead." + in.instead().name());
            case "roles" -> roles(in);
            case "aspiration" -> aspiration;
            default -> throw new IllegalStateException("unknown placeholder " + m.group());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String filled = out.toString();
    return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
  }

  /** "your partner", "your partner or a trusted friend", "a, b or c"; "someone safe" if none. */
  private String roles(PracticeInputs in) {
    List<String> words =
        in.supportRoles().stream().map(r -> templates.phrase("role." + r.name())).toList();
    if (words.isEmpty()) {
      return "someone who feels safe";
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  /** Estimated seconds to say {@code text} at {@code pace}: words at the pace's rate. */
  static double speechSeconds(String text, PracticeInputs.Pace pace) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    int words = 0;
    while (m.find()) {
      words++;
    }
    return words * 60.0 / pace.wordsPerMinute();
  }
}
