package org.securebase.core.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a transcript from one of three forms and refuses anything else with a {@link
 * TranscriptFormatException} that names the line or JSON field.
 *
 * <ul>
 *   <li><b>Prefixed lines</b>: a turn starts at a line beginning with {@code I:} or {@code
 *       Interviewer:} (interviewer) or {@code R:} or {@code Participant:} (participant), in any
 *       letter case; lines without a prefix continue the turn above. A line that starts with
 *       another single word and a colon ({@code Q:}, {@code Mother:}) is an unknown prefix and is
 *       refused.
 *   <li><b>JSON</b> (first character {@code &#123;} or {@code [}): {@code {"turns": [{"speaker":
 *       "interviewer"|"participant", "text": "...", "question": 3}]}} or the bare array; speaker
 *       also accepts {@code I}, {@code R} and {@code narrator}; {@code question} is optional.
 *   <li><b>Plain text</b> without any prefix: one {@link Speaker#NARRATOR} turn (a journal entry).
 * </ul>
 *
 * <p>Refused: empty or blank input, input over the size limit, bytes that are not UTF-8 or contain
 * control characters (binary), and prefixed or JSON transcripts without a participant turn that has
 * words. Immutable and thread-safe.
 */
public final class TranscriptParser {

  /** The default size limit: 1 MiB of UTF-8. */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_PREFIX_WORD = 15;

  private final int maxBytes;

  private TranscriptParser(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A parser with the default limit of {@value #DEFAULT_MAX_BYTES} bytes. */
  public static TranscriptParser defaults() {
    return new TranscriptParser(DEFAULT_MAX_BYTES);
  }

  /** A parser refusing input longer than {@code maxBytes} bytes of UTF-8. */
  public static TranscriptParser withMaxBytes(int maxBytes) {
    return new TranscriptParser(maxBytes);
  }

  /** The size limit in bytes of UTF-8. */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * Decodes UTF-8 bytes (a leading byte-order mark is dropped) and parses them.
   *
   * @throws TranscriptFormatException when the bytes are too many, binary, not UTF-8, or not a
   *     transcript
   */
  public Transcript parse(byte[] bytes) {
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length);
    }
    int from = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      from = 3;
    }
    int line = 1;
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '\n') {
        line++;
      } else if (TranscriptText.isBinaryControl(b)) {
        throw new TranscriptFormatException(
            String.format(Locale.ROOT, "line %d: not text (control byte 0x%02X)", line, b));
      }
    }
    return parse(TranscriptText.decode(bytes, from));
  }

  /**
   * Parses text that is already decoded.
   *
   * @throws TranscriptFormatException when the text is too long, contains control characters, or is
   *     not a transcript
   */
  public Transcript parse(String text) {
    long utf8 = TranscriptText.utf8Length(text);
    if (utf8 > maxBytes) {
      throw tooLarge(utf8);
    }
    int line = 1;
    int firstNonBlank = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (TranscriptText.isBinaryControl(c)) {
        throw new TranscriptFormatException(
            String.format(
                Locale.ROOT, "line %d: not text (control character U+%04X)", line, (int) c));
      }
      if (firstNonBlank < 0 && !Character.isWhitespace(c) && c != '\uFEFF') {
        firstNonBlank = i;
      }
    }
    if (firstNonBlank < 0) {
      throw new TranscriptFormatException("transcript is empty");
    }
    char first = text.charAt(firstNonBlank);
    if (first == '{' || first == '[') {
      return parseJson(text);
    }
    return parseLines(text);
  }

  private TranscriptFormatException tooLarge(long size) {
    return new TranscriptFormatException(
        "transcript is " + size + " bytes, over the limit of " + maxBytes + " bytes");
  }

  // ---- prefixed lines and plain text ----

  private static Transcript parseLines(String text) {
    List<Turn> turns = new ArrayList<>();
    boolean prefixedForm = containsKnownPrefix(text);
    boolean anyPrefix = false;
    int lineNo = 0;
    int pos = 0;
    Speaker speaker = null;
    int turnStart = -1;
    int turnEnd = -1;
    int firstTextLine = -1;
    while (pos <= text.length()) {
      lineNo++;
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      int i = pos;
      while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      int w = i;
      while (w < lineEnd && w - i <= MAX_PREFIX_WORD && isAsciiLetter(text.charAt(w))) {
        w++;
      }
      Speaker prefixed = null;
      boolean looksPrefixed =
          w > i
              && w - i <= MAX_PREFIX_WORD
              && w < lineEnd
              && text.charAt(w) == ':'
              && (w + 1 == lineEnd || Character.isWhitespace(text.charAt(w + 1)));
      if (looksPrefixed) {
        prefixed = speakerOf(text.substring(i, w));
        if (prefixed == null) {
          if (prefixedForm) {
            throw new TranscriptFormatException(
                "line "
                    + lineNo
                    + ": unknown speaker prefix '"
                    + text.substring(i, w + 1)
                    + "' (use I:/R: or Interviewer:/Participant:)");
          }
        }
      }
      if (prefixed != null) {
        if (!anyPrefix && firstTextLine > 0) {
          throw new TranscriptFormatException(
              "line " + firstTextLine + ": text before the first speaker prefix");
        }
        anyPrefix = true;
        if (speaker != null) {
          turns.add(turn(turns.size(), speaker, turnStart, turnEnd, text));
        }
        speaker = prefixed;
        turnStart = w + 1;
        turnEnd = lineEnd;
      } else {
        if (firstTextLine < 0 && i < lineEnd && !text.substring(i, lineEnd).isBlank()) {
          firstTextLine = lineNo;
        }
        if (speaker != null) {
          turnEnd = lineEnd;
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (!anyPrefix) {
      return Transcript.narrative(text);
    }
    turns.add(turn(turns.size(), speaker, turnStart, turnEnd, text));
    requireParticipant(turns, "no participant turn (lines starting R: or Participant:)");
    return new Transcript(text, turns);
  }

  /** True when some line starts with a known speaker prefix: the text is then a transcript. */
  private static boolean containsKnownPrefix(String text) {
    int pos = 0;
    while (pos < text.length()) {
      int i = pos;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      int w = i;
      while (w < text.length() && w - i <= MAX_PREFIX_WORD && isAsciiLetter(text.charAt(w))) {
        w++;
      }
      if (w > i
          && w < text.length()
          && text.charAt(w) == ':'
          && speakerOf(text.substring(i, w)) != null) {
        return true;
      }
      int nl = text.indexOf('\n', pos);
      if (nl < 0) {
        return false;
      }
      pos = nl + 1;
    }
    return false;
  }

  private static Turn turn(int index, Speaker speaker, int start, int end, String text) {
    return trimmed(index, speaker, start, end, null, text);
  }

  private static Turn trimmed(
      int index, Speaker speaker, int start, int end, Integer question, String text) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Turn(index, speaker, start, end, question);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static Speaker speakerOf(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "i":
      case "interviewer":
        return Speaker.INTERVIEWER;
      case "r":
      case "participant":
        return Speaker.PARTICIPANT;
      default:
        return null;
    }
  }

  private static void requireParticipant(List<Turn> turns, String message) {
    for (Turn turn : turns) {
      if (turn.speaker().isNarrating() && turn.length() > 0) {
        return;
      }
    }
    throw new TranscriptFormatException(message);
  }

  // ---- JSON ----

  private static Transcript parseJson(String source) {
    JsonNode root;
    try {
      root = JSON.readTree(source);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      throw new TranscriptFormatException(
          where + "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    JsonNode turnsNode;
    String base;
    if (root != null && root.isArray()) {
      turnsNode = root;
      base = "";
    } else if (root != null && root.isObject()) {
      turnsNode = root.get("turns");
      base = "turns";
      if (turnsNode == null || !turnsNode.isArray()) {
        throw new TranscriptFormatException("field 'turns': required, an array of turns");
      }
    } else {
      throw new TranscriptFormatException(
          "JSON transcript must be an object with 'turns' or an array");
    }
    if (turnsNode.isEmpty()) {
      throw new TranscriptFormatException(
          "field '" + (base.isEmpty() ? "[]" : base) + "': no turns");
    }
    StringBuilder text = new StringBuilder();
    List<Speaker> speakers = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<Integer> questions = new ArrayList<>();
    for (int i = 0; i < turnsNode.size(); i++) {
      String field = base + "[" + i + "]";
      JsonNode node = turnsNode.get(i);
      if (!node.isObject()) {
        throw new TranscriptFormatException("field '" + field + "': must be an object");
      }
      JsonNode speakerNode = node.get("speaker");
      if (speakerNode == null || !speakerNode.isString()) {
        throw new TranscriptFormatException("field '" + field + ".speaker': required text");
      }
      String speakerName = speakerNode.stringValue();
      Speaker speaker =
          "narrator".equalsIgnoreCase(speakerName) ? Speaker.NARRATOR : speakerOf(speakerName);
      if (speaker == null) {
        throw new TranscriptFormatException(
            "field '" + field + ".speaker': unknown speaker '" + speakerName + "'");
      }
      JsonNode textNode = node.get("text");
      if (textNode == null || !textNode.isString()) {
        throw new TranscriptFormatException("field '" + field + ".text': required text");
      }
      String words = textNode.stringValue();
      for (int k = 0; k < words.length(); k++) {
        if (TranscriptText.isBinaryControl(words.charAt(k))) {
          throw new TranscriptFormatException(
              "field '" + field + ".text': not text (control character)");
        }
      }
      Integer question = null;
      JsonNode questionNode = node.get("question");
      if (questionNode != null && !questionNode.isNull()) {
        if (!questionNode.isIntegralNumber()
            || !questionNode.canConvertToInt()
            || questionNode.intValue() < 1) {
          throw new TranscriptFormatException(
              "field '" + field + ".question': must be a positive whole number");
        }
        question = questionNode.intValue();
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(speaker == Speaker.INTERVIEWER ? "Interviewer: " : "Participant: ");
      int start = text.length();
      text.append(words.replace("\r\n", "\n"));
      speakers.add(speaker);
      spans.add(new int[] {start, text.length()});
      questions.add(question);
    }
    String rendered = text.append('\n').toString();
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      turns.add(
          trimmed(
              i, speakers.get(i), spans.get(i)[0], spans.get(i)[1], questions.get(i), rendered));
    }
    requireParticipant(
        turns, "field '" + (base.isEmpty() ? "[]" : base) + "': no participant turn with words");
    return new Transcript(rendered, turns);
  }
}
