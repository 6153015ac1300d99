package org.securebase.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules of the application's shape, as ArchUnit rules over a root package. They take the
 * root as a parameter so that {@link ArchitectureTest} can show each rule failing on a small
 * planted violation (under {@code org.securebase.archfixture}) as well as passing on the real code.
 *
 * <p>The shape, arrows pointing down only: the root package (application, commands) is the wiring;
 * {@code demo} seeds through the features; the features reach each other through public services;
 * {@code kernel} (signed-in user, roles, HTTP exceptions, clock) depends on nothing of the app.
 */
final class ArchitectureRules {

  /** Frameworks the science must not know about. */
  static final String[] FRAMEWORKS = {
    "org.springframework..",
    "jakarta..",
    "javax.servlet..",
    "java.sql..",
    "javax.sql..",
    "org.flywaydb..",
    "org.thymeleaf..",
    "org.securebase.app.."
  };

  private ArchitectureRules() {}

  /** The core is plain Java: no Spring, servlet, JDBC, template engine or app class. */
  static ArchRule coreImportsNoFramework(String core) {
    return noClasses()
        .that()
        .resideInAPackage(core + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .because("the core is the science, usable without a web server or a database");
  }

  /** No two packages below the root reach each other, directly or round a loop. */
  static ArchRule noCyclesBetweenFeatures(String root) {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("a feature that needs another goes through its public service, one way only");
  }

  /** Controllers are entry points for Spring only; nothing else should call them. */
  static ArchRule controllersArePackagePrivate(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .areAnnotatedWith("org.springframework.stereotype.Controller")
        .or()
        .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
        .should()
        .notBePublic()
        .because("a controller is reached over HTTP, never from another package");
  }

  /** A repository (its tables) belongs to its feature; other features call its service. */
  static ArchRule repositoriesStayInTheirFeature(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .haveSimpleNameEndingWith("Repository")
        .should(beUsedOnlyFromTheirOwnPackage())
        .because("another feature's tables are reached through that feature's public service");
  }

  /** The kernel is the bottom of the app: it imports nothing of the app but itself. */
  static ArchRule kernelImportsNothingOfTheApp(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".kernel..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are in the app outside the kernel",
                (JavaClass c) ->
                    c.getPackageName().startsWith(root)
                        && !c.getPackageName().startsWith(root + ".kernel")))
        .because("every feature depends on the kernel, so it can depend on none of them");
  }

  /** Only the wiring (the root package) may start the demo; features never import it. */
  static ArchRule nothingImportsTheDemoButTheWiring(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*..")
        .and()
        .resideOutsideOfPackage(root + ".demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".demo..")
        .because("demo data seeds through the features; a feature never depends on demo data");
  }

  private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
    return new ArchCondition<>("be used only from their own package") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        for (Dependency d : repository.getDirectDependenciesToSelf()) {
          JavaClass origin = d.getOriginClass();
          if (!origin.getPackageName().equals(repository.getPackageName())) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
