package org.securebase.core.redcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * REDCap's branching logic: the condition in a data dictionary's "Branching Logic (Show field only
 * if...)" column under which a field is shown. A field whose condition is false is hidden, is not
 * required, and keeps no value (as in REDCap, which erases the value of a field that branching
 * hides).
 *
 * <p>The subset understood is the one REDCap's documentation teaches for data entry forms: field
 * references {@code [age]}, checkbox options {@code [supports(2)]} (true when ticked, value {@code
 * 1}), an event prefix {@code [baseline_arm_1][age]} (read here as the same wave), string and
 * number literals, the comparisons {@code = <> != < <= > >=}, {@code and}, {@code or} and
 * parentheses. As in REDCap, two values that both read as numbers compare as numbers, otherwise as
 * text; a blank field is the empty string {@code ''}, and a comparison of a blank field with a
 * number by {@code < <= > >=} is false. Anything else (functions such as {@code datediff}, smart
 * variables) is refused by {@link #parse}, so a caller can keep such a field always shown instead
 * of guessing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BranchingLogic {

  /** A condition that always holds: the logic of a field without branching. */
  public static final BranchingLogic ALWAYS = new BranchingLogic("", v -> true, Set.of());

  private final String text;
  private final Function<Function<String, String>, Boolean> condition;
  private final Set<String> references;

  private BranchingLogic(
      String text, Function<Function<String, String>, Boolean> condition, Set<String> references) {
    this.text = text;
    this.condition = condition;
    this.references = references;
  }

  /**
   * Parses the logic; blank text is {@link #ALWAYS}.
   *
   * @throws IllegalArgumentException saying what could not be read
   */
  public static BranchingLogic parse(String text) {
    if (text == null || text.isBlank()) {
      return ALWAYS;
    }
    Parser p = new Parser(tokens(text));
    Function<Function<String, String>, Boolean> c = p.or();
    if (p.pos != p.tokens.size()) {
      throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.pos) + "'");
    }
    return new BranchingLogic(text.strip(), c, Set.copyOf(p.references));
  }

  /**
   * Whether the field is shown, given the values of the record's fields by variable name (a
   * checkbox option as {@code name___code}); a missing variable is blank.
   */
  public boolean shows(Map<String, String> values) {
    return condition.apply(name -> values.getOrDefault(name, ""));
  }

  /** The variables the logic reads, as {@code name} or {@code name___code} for checkboxes. */
  public Set<String> references() {
    return new TreeSet<>(references);
  }

  /** The logic as written, or the empty string for {@link #ALWAYS}. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }

  // ---- tokens: [ref], 'text', "text", numbers, operators, words, parentheses

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("a '[' without its ']'");
        }
        // [event][field]: the event names the wave; read here as the record's own wave.
        if (end + 1 < text.length() && text.charAt(end + 1) == '[') {
          i = end + 1;
          continue;
        }
        out.add(text.substring(i, end + 1));
        i = end + 1;
      } else if (ch == '\'' || ch == '"') {
        int end = text.indexOf(ch, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("a quote without its closing quote");
        }
        out.add("'" + text.substring(i + 1, end));
        i = end + 1;
      } else if ("()".indexOf(ch) >= 0) {
        out.add(String.valueOf(ch));
        i++;
      } else if ("=<>!".indexOf(ch) >= 0) {
        String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
        if (two.equals("<>") || two.equals("!=") || two.equals("<=") || two.equals(">=")) {
          out.add(two);
          i += 2;
        } else if (ch == '!') {
          throw new IllegalArgumentException("'!' is not an operator here");
        } else {
          out.add(String.valueOf(ch));
          i++;
        }
      } else if (Character.isLetterOrDigit(ch) || ch == '-' || ch == '.' || ch == '_') {
        int j = i + 1;
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j))
                || text.charAt(j) == '.'
                || text.charAt(j) == '_')) {
          j++;
        }
        out.add(text.substring(i, j));
        i = j;
      } else {
        throw new IllegalArgumentException("'" + ch + "' cannot be read");
      }
    }
    return out;
  }

  /** Recursive descent: or := and ('or' and)*; and := atom ('and' atom)*; atom := (or) | cmp. */
  private static final class Parser {
    final List<String> tokens;
    final Set<String> references = new java.util.HashSet<>();
    int pos;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    String peek() {
      return pos < tokens.size() ? tokens.get(pos) : null;
    }

    boolean word(String w) {
      String t = peek();
      if (t != null && t.toLowerCase(Locale.ROOT).equals(w)) {
        pos++;
        return true;
      }
      return false;
    }

    Function<Function<String, String>, Boolean> or() {
      Function<Function<String, String>, Boolean> left = and();
      while (word("or")) {
        Function<Function<String, String>, Boolean> l = left;
        Function<Function<String, String>, Boolean> r = and();
        left = v -> l.apply(v) || r.apply(v);
      }
      return left;
    }

    Function<Function<String, String>, Boolean> and() {
      Function<Function<String, String>, Boolean> left = atom();
      while (word("and")) {
        Function<Function<String, String>, Boolean> l = left;
        Function<Function<String, String>, Boolean> r = atom();
        left = v -> l.apply(v) && r.apply(v);
      }
      return left;
    }

    Function<Function<String, String>, Boolean> atom() {
      if ("(".equals(peek())) {
        pos++;
        Function<Function<String, String>, Boolean> inner = or();
        if (!")".equals(peek())) {
          throw new IllegalArgumentException("a '(' without its ')'");
        }
        pos++;
        return inner;
      }
      Function<Function<String, String>, String> left = operand();
      String op = peek();
      if (op == null || !List.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(op)) {
        throw new IllegalArgumentException("expected a comparison after " + tokens.get(pos - 1));
      }
      pos++;
      Function<Function<String, String>, String> right = operand();
      return v -> compare(left.apply(v), op, right.apply(v));
    }

    Function<Function<String, String>, String> operand() {
      String t = peek();
      if (t == null) {
        throw new IllegalArgumentException("the logic ends too early");
      }
      pos++;
      if (t.startsWith("[")) {
        String name = variable(t.substring(1, t.length() - 1).strip());
        references.add(name);
        // An unticked checkbox option is 0, as REDCap stores it, also before anything is saved.
        boolean option = name.contains("___");
        return v -> {
          String s = v.apply(name);
          return option && s.isBlank() ? "0" : s;
        };
      }
      if (t.startsWith("'")) {
        String s = t.substring(1);
        return v -> s;
      }
      if (t.matches("-?\\d+(\\.\\d+)?")) {
        return v -> t;
      }
      throw new IllegalArgumentException("'" + t + "' is not a field, text or number");
    }

    private static String variable(String ref) {
      if (!ref.matches("[A-Za-z][A-Za-z0-9_]*(\\([A-Za-z0-9_-]+\\))?")) {
        throw new IllegalArgumentException("[" + ref + "] is not a field of this form");
      }
      int paren = ref.indexOf('(');
      return paren < 0
          ? ref
          : ref.substring(0, paren) + "___" + ref.substring(paren + 1, ref.length() - 1);
    }
  }

  static boolean compare(String a, String op, String b) {
    Double x = number(a);
    Double y = number(b);
    int c;
    if (x != null && y != null) {
      c = Double.compare(x, y);
    } else {
      if (!op.equals("=") && !op.equals("<>") && !op.equals("!=")) {
        return false;
      }
      c = a.equals(b) ? 0 : 1;
    }
    return switch (op) {
      case "=" -> c == 0;
      case "<>", "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  private static Double number(String s) {
    if (s == null || !s.strip().matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.valueOf(s.strip());
  }
}
