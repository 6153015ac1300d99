package org.securebase.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The application's shape as tests: every rule of {@link ArchitectureRules} holds for the main code
 * of {@code core} and {@code app}, and each rule fails on a planted violation (the classes under
 * {@code org.securebase.archfixture}), so a passing rule is known to be able to fail.
 */
class ArchitectureTest {

  static final String APP = "org.securebase.app";
  static final String CORE = "org.securebase.core";
  static final String FIXTURE = "org.securebase.archfixture";

  /** {@code ${@bean...}}: a template calling a Spring bean. */
  static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*@");

  static JavaClasses main;
  static JavaClasses planted;

  @BeforeAll
  static void importClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securebase");
    planted = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Nested
  class TheMainCode {

    @Test
    void hasCoreAndAppClasses() {
      // Guards against a rule passing because nothing was imported (the core arrives as a jar
      // in a reactor build and as a class folder in an IDE; both must be read).
      assertThat(main.that(resideInAPackage(CORE + ".."))).hasSizeGreaterThan(50);
      assertThat(main.that(resideInAPackage(APP + ".kernel"))).hasSizeGreaterThan(3);
      assertThat(main.that(resideInAPackage(APP + ".demo"))).hasSizeGreaterThan(5);
    }

    @Test
    void coreImportsNoFramework() {
      ArchitectureRules.coreImportsNoFramework(CORE).check(main);
    }

    @Test
    void featuresFormNoCycle() {
      ArchitectureRules.noCyclesBetweenFeatures(APP).check(main);
    }

    @Test
    void controllersArePackagePrivate() {
      ArchitectureRules.controllersArePackagePrivate(APP).check(main);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
      ArchitectureRules.repositoriesStayInTheirFeature(APP).check(main);
    }

    @Test
    void kernelImportsNothingOfTheApp() {
      ArchitectureRules.kernelImportsNothingOfTheApp(APP).check(main);
    }

    @Test
    void onlyTheWiringImportsTheDemo() {
      ArchitectureRules.nothingImportsTheDemoButTheWiring(APP).check(main);
    }

    @Test
    void templatesNeverCallBeans() {
      assertThat(beanCallsIn(Path.of("src/main/resources/templates")))
          .as("the controller puts what a page needs in the model; templates only show it")
          .isEmpty();
    }
  }

  @Nested
  class EachRuleFailsOnAPlantedViolation {

    @Test
    void coreWithSpring() {
      assertFails(ArchitectureRules.coreImportsNoFramework(FIXTURE + ".core"), "Science");
    }

    @Test
    void aCycleBetweenTwoFeatures() {
      assertFails(ArchitectureRules.noCyclesBetweenFeatures(FIXTURE), "shop", "billing");
    }

    @Test
    void aPublicController() {
      assertFails(ArchitectureRules.controllersArePackagePrivate(FIXTURE), "ShopController");
    }

    @Test
    void aRepositoryUsedFromAnotherFeature() {
      assertFails(ArchitectureRules.repositoriesStayInTheirFeature(FIXTURE), "Invoice");
    }

    @Test
    void aKernelImportingAFeature() {
      assertFails(ArchitectureRules.kernelImportsNothingOfTheApp(FIXTURE), "Clocked");
    }

    @Test
    void aFeatureImportingTheDemo() {
      assertFails(ArchitectureRules.nothingImportsTheDemoButTheWiring(FIXTURE), "DemoShop");
    }

    @Test
    void aTemplateCallingABean() throws IOException {
      Path dir = Files.createTempDirectory("templates");
      Files.writeString(dir.resolve("ok.html"), "<p th:text=\"${client.name}\">x</p>");
      Files.writeString(
          dir.resolve("bad.html"), "<p th:with=\"d=${ @outcomeMonitoring.due(x)}\">x</p>");
      assertThat(beanCallsIn(dir)).singleElement().asString().contains("bad.html");
    }

    private void assertFails(ArchRule rule, String... named) {
      var result = rule.evaluate(planted);
      assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
      String report = String.join("\n", result.getFailureReport().getDetails());
      for (String name : named) {
        assertThat(report).contains(name);
      }
    }
  }

  /** Every {@code ${@...}} in the templates under {@code dir}, as "file:line". */
  static List<String> beanCallsIn(Path dir) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = BEAN_CALL.matcher(lines.get(i));
          if (m.find()) {
            found.add(dir.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
