package org.securebase.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.demo.DemoStudy;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Stata cannot run here, so {@code read_study.do} is checked as text against the export it ships
 * in: every table of dictionary.csv is imported from its CSV and saved as .dta; every variable gets
 * its label, its type conversion and, for numeric categories, exactly the dictionary's value
 * labels; and the script declares nothing the dictionary does not hold. A change to the export that
 * the Stata reader does not follow fails here.
 */
class StataReaderTextIT extends IntegrationTest {

  private static final Pattern IMPORT =
      Pattern.compile("^import delimited using \"([^\"]+)\\.csv\"");
  private static final Pattern SAVE = Pattern.compile("^save \"([^\"]+)\\.dta\", replace$");
  private static final Pattern LABEL = Pattern.compile("^label variable (\\S+) \"([^\"]*)\"$");
  private static final Pattern DEFINE = Pattern.compile("^label define (\\S+)_lbl (.*), replace$");
  private static final Pattern VALUES = Pattern.compile("^label values (\\S+) (\\S+)$");
  private static final Pattern DESTRING = Pattern.compile("^destring (\\S+), replace$");
  private static final Pattern DATE =
      Pattern.compile("^generate double sb_d = date\\((\\S+), \"YMD\"\\)$");
  private static final Pattern LONG =
      Pattern.compile("^\\* (\\S+): longer than Stata's 32-character names");
  private static final Pattern LEVEL = Pattern.compile("(-?\\d+) \"([^\"]*)\"");

  @Autowired ApplicationContext context;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired StudyExport exports;

  SignedInUser researcher;
  Study study;

  @BeforeEach
  void setUp() {
    researcher = new TestWorkspace(context).person(Role.RESEARCHER);
    study = studies.create(TestWorkspace.unique("DO"), "Stata text", researcher.username(), "t");
    for (String name : DemoStudy.FILES) {
      ImportReport r =
          imports.run(
              study.id(),
              ImportKind.fromCode(name),
              DemoStudy.sample(name + ".csv"),
              false,
              researcher);
      assertThat(r.problems()).as(name).isEmpty();
    }
  }

  /** What read_study.do says about one table. */
  static final class TableScript {
    boolean saved;
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, List<String[]>> valueLabels = new HashMap<>();
    final Map<String, String> valuesUse = new HashMap<>();
    final Set<String> destrung = new HashSet<>();
    final Set<String> dates = new HashSet<>();
    final Set<String> tooLong = new HashSet<>();
  }

  static Map<String, TableScript> parse(String script) {
    Map<String, TableScript> tables = new LinkedHashMap<>();
    TableScript current = null;
    for (String raw : script.split("\n")) {
      String line = raw.strip();
      Matcher m;
      if ((m = IMPORT.matcher(line)).find()) {
        current = tables.computeIfAbsent(m.group(1), k -> new TableScript());
      } else if (current == null) {
        continue;
      } else if ((m = SAVE.matcher(line)).matches()) {
        assertThat(tables.get(m.group(1))).as("saved table was imported").isSameAs(current);
        current.saved = true;
      } else if ((m = LABEL.matcher(line)).matches()) {
        current.labels.put(m.group(1), m.group(2));
      } else if ((m = DEFINE.matcher(line)).matches()) {
        List<String[]> levels = new ArrayList<>();
        Matcher l = LEVEL.matcher(m.group(2));
        while (l.find()) {
          levels.add(new String[] {l.group(1), l.group(2)});
        }
        current.valueLabels.put(m.group(1), levels);
      } else if ((m = VALUES.matcher(line)).matches()) {
        current.valuesUse.put(m.group(1), m.group(2));
      } else if ((m = DESTRING.matcher(line)).matches()) {
        current.destrung.add(m.group(1));
      } else if ((m = DATE.matcher(line)).matches()) {
        current.dates.add(m.group(1));
      } else if ((m = LONG.matcher(line)).find()) {
        current.tooLong.add(m.group(1));
      }
    }
    return tables;
  }

  Map<String, String> export() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StudyExport.Authorized a =
        exports.authorize(study.id(), StudyExport.Options.DEFAULT, researcher);
    exports.write(a.study(), a.options(), out);
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  static String stataText(String label) {
    String s = label.replace('"', '\'');
    return s.length() <= 80 ? s : s.substring(0, 80);
  }

  static List<String[]> levels(String allowed) {
    List<String[]> levels = new ArrayList<>();
    if (allowed.isBlank() || allowed.contains("..")) {
      return levels;
    }
    for (String part : allowed.split("\\|")) {
      int eq = part.indexOf('=');
      String code = (eq < 0 ? part : part.substring(0, eq)).strip();
      levels.add(new String[] {code, (eq < 0 ? code : part.substring(eq + 1)).strip()});
    }
    return levels;
  }

  @Test
  void everyVariableAndValueLabelMatchesTheDictionary() throws Exception {
    Map<String, String> files = export();
    Map<String, TableScript> script = parse(files.get("read_study.do"));
    List<List<String>> dictionary = ExportSubsetIT.rows(files.get("dictionary.csv"));
    assertThat(dictionary.get(0))
        .containsExactly("table", "variable", "label", "type", "allowed_values", "units");

    Map<String, List<String>> declared = new LinkedHashMap<>();
    int numericCategories = 0;
    for (List<String> d : dictionary.subList(1, dictionary.size())) {
      String table = d.get(0);
      String v = d.get(1);
      String type = d.get(3);
      declared.computeIfAbsent(table, k -> new ArrayList<>()).add(v);
      TableScript t = script.get(table);
      assertThat(t).as("read_study.do imports " + table + ".csv").isNotNull();
      assertThat(t.saved).as(table + ".dta saved").isTrue();
      if (v.length() > ReaderScripts.STATA_NAME_LIMIT) {
        assertThat(t.tooLong).as(table + "." + v + " said to be too long").contains(v);
        continue;
      }
      assertThat(t.labels).as(table + "." + v).containsEntry(v, stataText(d.get(2)));
      switch (type) {
        case "integer", "decimal" -> assertThat(t.destrung).as(table + "." + v).contains(v);
        case "date" -> assertThat(t.dates).as(table + "." + v).contains(v);
        default -> assertThat(t.dates).as(table + "." + v).doesNotContain(v);
      }
      List<String[]> levels = levels(d.get(4));
      boolean numeric =
          type.equals("category")
              && !levels.isEmpty()
              && levels.stream().allMatch(l -> l[0].matches("-?\\d{1,9}"));
      if (numeric) {
        numericCategories++;
        assertThat(t.valueLabels.get(v))
            .as("value labels of " + table + "." + v)
            .usingElementComparator(
                (a, b) -> a[0].equals(b[0]) && stataText(a[1]).equals(b[1]) ? 0 : 1)
            .containsExactlyElementsOf(levels);
        assertThat(t.valuesUse).containsEntry(v, v + "_lbl");
        assertThat(t.destrung).contains(v);
      } else {
        assertThat(t.valueLabels).as(table + "." + v + " has no value labels").doesNotContainKey(v);
      }
    }
    assertThat(numericCategories).as("the sample dictionary has numeric categories").isPositive();

    // Nothing in the script that the dictionary does not declare, and every CSV's header is the
    // dictionary's list of that table's variables, in order.
    assertThat(script.keySet()).containsExactlyInAnyOrderElementsOf(declared.keySet());
    script.forEach(
        (table, t) -> {
          assertThat(declared.get(table)).as(table).containsAll(t.labels.keySet());
          assertThat(declared.get(table)).as(table).containsAll(t.valueLabels.keySet());
        });
    for (Map.Entry<String, List<String>> e : declared.entrySet()) {
      List<String> header = ExportSubsetIT.rows(files.get(e.getKey() + ".csv")).get(0);
      if (e.getKey().equals("filter")) {
        // The dictionary also lists the filter's rows (waves, instruments, variables) there.
        assertThat(e.getValue()).as("filter.csv header").startsWith(header.toArray(String[]::new));
      } else {
        assertThat(header).as(e.getKey() + ".csv header").isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void aNameTooLongForStataIsSaidNotDroppedSilently() throws Exception {
    String longName = "a_variable_name_longer_than_stata_allows";
    ImportReport r =
        imports.run(
            study.id(),
            ImportKind.DICTIONARY,
            "variable,label,type,allowed_values,units,identifier,free_text\n"
                + longName
                + ",\"Long \"\"quoted\"\" name\",category,1=one|2=two,,no,no\n",
            false,
            researcher);
    assertThat(r.problems()).isEmpty();

    Map<String, TableScript> script = parse(export().get("read_study.do"));

    assertThat(script.get("values").tooLong).contains(longName);
    assertThat(script.get("values").labels).doesNotContainKey(longName);
  }
}
