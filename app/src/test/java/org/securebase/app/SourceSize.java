package org.securebase.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures Java source: the lines of a file and of each method or constructor, counted from the
 * line of its declaration to the line of its closing brace. A small scanner rather than a parser:
 * comments and literals are blanked first, then each brace is classed by the text before it (a type
 * declaration, a method or constructor, or any other block). Good enough for code formatted by the
 * build's formatter; run {@code java SourceSize.java DIR...} to list the offenders of a tree.
 */
final class SourceSize {

  static final int MAX_FILE_LINES = 400;
  static final int MAX_METHOD_LINES = 60;

  /** A method may be longer only when its Javadoc or comment says it transcribes a formula. */
  static final String FORMULA_MARK = "formula transcription";

  private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\b");
  private static final Pattern ANONYMOUS =
      Pattern.compile("\\bnew\\s+[\\w.<>,?\\s\\[\\]]+\\(.*\\)$");
  private static final Pattern METHOD =
      Pattern.compile("\\)\\s*(throws\\s+[\\w.,\\s<>]+)?$", Pattern.DOTALL);
  private static final Pattern ANNOTATIONS =
      Pattern.compile("^(\\s*@[\\w.]+(\\s*\\([^()]*(\\([^()]*\\)[^()]*)*\\))?)*\\s*");

  private enum Kind {
    TYPE,
    METHOD,
    OTHER
  }

  private record Block(Kind kind, int startLine, String name) {}

  /** A method or constructor: its file, name, first line and length in lines. */
  record Method(Path file, String name, int line, int lines) {
    @Override
    public String toString() {
      return file + ":" + line + " " + name + " (" + lines + " lines)";
    }
  }

  private SourceSize() {}

  /** Every {@code .java} file under the given folders. */
  static List<Path> javaFiles(Path... roots) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  static int lines(Path file) {
    try {
      return (int) Files.lines(file).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Method> methods(Path file) {
    try {
      return methods(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The methods and constructors of one source text, nested ones included. */
  static List<Method> methods(Path file, String source) {
    String code = blankCommentsAndLiterals(source);
    List<Method> found = new ArrayList<>();
    Deque<Block> open = new ArrayDeque<>();
    int headerStart = 0;
    int line = 1;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == ';') {
        headerStart = i + 1;
      } else if (c == '{') {
        String raw = code.substring(headerStart, i);
        String header = ANNOTATIONS.matcher(raw).replaceFirst("").strip();
        int startLine = lineAt(code, headerStart + leadingLength(raw));
        open.push(new Block(classify(open.peek(), header), startLine, nameOf(header)));
        headerStart = i + 1;
      } else if (c == '}') {
        Block block = open.isEmpty() ? null : open.pop();
        if (block != null && block.kind() == Kind.METHOD) {
          found.add(
              new Method(file, block.name(), block.startLine(), line - block.startLine() + 1));
        }
        headerStart = i + 1;
      }
    }
    return found;
  }

  /** True when the comments just above the method (or inside it) say it transcribes a formula. */
  static boolean marksFormula(Path file, Method method) {
    try {
      List<String> text = Files.readAllLines(file);
      int from = Math.max(0, method.line() - 15);
      int to = Math.min(text.size(), method.line() - 1 + method.lines());
      return String.join("\n", text.subList(from, to)).toLowerCase().contains(FORMULA_MARK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Kind classify(Block enclosing, String header) {
    if (TYPE.matcher(header).find() && !header.contains("(")
        || header.matches("(?s).*\\brecord\\b.*")) {
      return Kind.TYPE;
    }
    if (TYPE.matcher(header).find() && !header.contains("=")) {
      return Kind.TYPE;
    }
    if (ANONYMOUS.matcher(header).find()) {
      return Kind.TYPE;
    }
    boolean inType = enclosing == null || enclosing.kind() == Kind.TYPE;
    if (inType
        && !header.startsWith(",")
        && header.contains("(")
        && METHOD.matcher(header).find()
        && !header.contains("=")) {
      return Kind.METHOD;
    }
    return Kind.OTHER;
  }

  private static String nameOf(String header) {
    int paren = header.indexOf('(');
    String before = paren < 0 ? header : header.substring(0, paren);
    String[] words = before.strip().split("\\s+");
    return words[words.length - 1];
  }

  private static int leadingLength(String raw) {
    var m = ANNOTATIONS.matcher(raw);
    return m.lookingAt() ? m.end() : 0;
  }

  private static int lineAt(String code, int index) {
    int line = 1;
    for (int i = 0; i < index && i < code.length(); i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The source with comments, strings, text blocks and chars turned to spaces, newlines kept. */
  static String blankCommentsAndLiterals(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        while (end > 0 && s.charAt(end - 1) == '\\') {
          end = s.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        end = closingQuote(s, i);
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int k = i; k < end; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static int closingQuote(String s, int start) {
    char quote = s.charAt(start);
    int k = start + 1;
    while (k < s.length() && s.charAt(k) != quote && s.charAt(k) != '\n') {
      k += s.charAt(k) == '\\' ? 2 : 1;
    }
    return Math.min(k + 1, s.length());
  }

  /**
   * Lists files over {@value #MAX_FILE_LINES} lines and methods over {@value #MAX_METHOD_LINES}.
   */
  public static void main(String[] args) {
    Path[] roots = Stream.of(args).map(Path::of).toArray(Path[]::new);
    for (Path file : javaFiles(roots)) {
      int n = lines(file);
      if (n > MAX_FILE_LINES) {
        System.out.println("FILE   " + file + " (" + n + " lines)");
      }
      for (Method m : methods(file)) {
        if (m.lines() > MAX_METHOD_LINES) {
          System.out.println("METHOD " + m + (marksFormula(file, m) ? " [formula]" : ""));
        }
      }
    }
  }
}
