package org.securebase.core.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practice inputs and scripts as JSON: the command line's {@code INPUTS.json}, the script it prints
 * (schema {@code securebase.practice-script/1}), and what the app stores. Field names are the
 * activation log's own ({@code ANXIOUS_PROTEST}, {@code CONFLICT}, {@code FRIEND}). Keys that start
 * with an underscore are comments and are ignored. Thread-safe.
 */
public final class PracticeJson {

  public static final String SCRIPT_SCHEMA = "securebase.practice-script/1";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Set<String> KNOWN =
      Set.of(
          "pull",
          "trigger",
          "body",
          "instead",
          "aspiration",
          "supportRoles",
          "minutes",
          "style",
          "pace",
          "eyes",
          "background",
          "closingBell",
          "hypnosisEnabled");

  private PracticeJson() {}

  /** Inputs read from JSON, with whether hypnosis-style practice is enabled for the client. */
  public record Request(PracticeInputs inputs, boolean hypnosisEnabled) {}

  /** Reads {@code INPUTS.json}; any problem is an {@link InvalidPracticeInputException}. */
  public static Request readInputs(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidPracticeInputException(
          "(file)", "practice.input.json", "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidPracticeInputException(
          "(file)", "practice.input.json", "expected a JSON object");
    }
    for (String name : root.propertyNames()) {
      if (!name.startsWith("_") && !KNOWN.contains(name)) {
        throw new InvalidPracticeInputException(
            name,
            "practice.input.unknown",
            "unknown field; known fields are " + new TreeSet<>(KNOWN));
      }
    }
    TreeSet<PracticeInputs.SupportRole> roles = new TreeSet<>();
    JsonNode rolesNode = root.get("supportRoles");
    if (rolesNode != null && !rolesNode.isNull()) {
      if (!rolesNode.isArray()) {
        throw new InvalidPracticeInputException(
            "supportRoles", "practice.input.roles", "a list of roles, e.g. [\"FRIEND\"]");
      }
      for (JsonNode r : rolesNode) {
        roles.add(choice(r.asString(), PracticeInputs.SupportRole.class, "supportRoles"));
      }
    }
    PracticeInputs inputs =
        new PracticeInputs(
            choice(text(root, "pull"), PracticeInputs.Pull.class, "pull"),
            choice(text(root, "trigger"), PracticeInputs.Trigger.class, "trigger"),
            choice(text(root, "body"), PracticeInputs.BodyLocation.class, "body"),
            choice(text(root, "instead"), PracticeInputs.Instead.class, "instead"),
            root.has("aspiration") ? root.get("aspiration").asString() : null,
            roles,
            minutes(root),
            choice(text(root, "style"), PracticeInputs.Style.class, "style"),
            optional(root, "pace", PracticeInputs.Pace.class, PracticeInputs.Pace.SLOWER),
            optional(root, "eyes", PracticeInputs.Eyes.class, PracticeInputs.Eyes.OPEN),
            optional(
                root,
                "background",
                PracticeInputs.Background.class,
                PracticeInputs.Background.NONE),
            bool(root, "closingBell", true));
    return new Request(inputs, bool(root, "hypnosisEnabled", false));
  }

  /** The inputs as JSON, in the same shape {@link #readInputs} reads. */
  public static String writeInputs(PracticeInputs in, boolean hypnosisEnabled) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pull", in.pull().name());
    m.put("trigger", in.trigger().name());
    m.put("body", in.body().name());
    m.put("instead", in.instead().name());
    m.put("aspiration", in.aspiration());
    m.put("supportRoles", in.supportRoles().stream().map(Enum::name).toList());
    m.put("minutes", in.minutes());
    m.put("style", in.style().name());
    m.put("pace", in.pace().name());
    m.put("eyes", in.eyes().name());
    m.put("background", in.background().name());
    m.put("closingBell", in.closingBell());
    m.put("hypnosisEnabled", hypnosisEnabled);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m);
  }

  /** The script as JSON: schema, template version, length, and each sentence with its pause. */
  public static String writeScript(PracticeScript script) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCRIPT_SCHEMA);
    m.put("templateVersion", script.templateVersion());
    m.put("minutes", script.inputs().minutes());
    m.put("targetSeconds", script.targetSeconds());
    m.put("totalSeconds", tenths(script.totalSeconds()));
    m.put("closingSeconds", script.closingSeconds());
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (ScriptSentence s : script.sentences()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("text", s.text());
      o.put("templateId", s.templateId());
      o.put("reason", s.reason());
      o.put("source", s.source());
      o.put("speechSeconds", tenths(s.speechSeconds()));
      o.put("pauseWeight", s.pauseWeight());
      o.put("pauseSeconds", tenths(s.pauseSeconds()));
      sentences.add(o);
    }
    m.put("sentences", sentences);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m);
  }

  /**
   * A script read back from {@link #writeScript} (as stored after a clinician's edits), with the
   * inputs it was written from.
   */
  public static PracticeScript readScript(String scriptJson, PracticeInputs inputs) {
    JsonNode root = MAPPER.readTree(scriptJson);
    List<ScriptSentence> sentences = new ArrayList<>();
    for (JsonNode s : root.get("sentences")) {
      sentences.add(
          new ScriptSentence(
              s.get("text").asString(),
              s.get("templateId").asString(),
              s.get("reason").asString(),
              s.get("source").asString(),
              s.get("speechSeconds").asDouble(),
              s.get("pauseWeight").asInt(),
              s.get("pauseSeconds").asDouble()));
    }
    return new PracticeScript(
        root.get("templateVersion").asString(),
        inputs,
        sentences,
        root.get("closingSeconds").asDouble());
  }

  /** Tenths of a second: enough for silence, and it keeps the JSON readable. */
  private static double tenths(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }

  private static String text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull() || n.asString().isBlank()) {
      throw new InvalidPracticeInputException(field, "practice.input.required", "required");
    }
    return n.asString();
  }

  private static int minutes(JsonNode root) {
    JsonNode n = root.get("minutes");
    if (n == null || !n.isIntegralNumber()) {
      throw new InvalidPracticeInputException(
          "minutes", "practice.input.minutes", "choose 5, 10 or 15 minutes");
    }
    return n.asInt();
  }

  private static boolean bool(JsonNode root, String field, boolean otherwise) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return otherwise;
    }
    if (!n.isBoolean()) {
      throw new InvalidPracticeInputException(field, "practice.input.boolean", "true or false");
    }
    return n.asBoolean();
  }

  private static <E extends Enum<E>> E optional(
      JsonNode root, String field, Class<E> type, E otherwise) {
    JsonNode n = root.get(field);
    return n == null || n.isNull() ? otherwise : choice(n.asString(), type, field);
  }

  /** The enum constant named {@code value}, or a refusal that lists the choices. */
  public static <E extends Enum<E>> E choice(String value, Class<E> type, String field) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidPracticeInputException(
          field,
          "practice.input.choice",
          "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()),
          value);
    }
  }
}
