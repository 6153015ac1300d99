package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * One rule for every test that needs a tool outside the JVM (Chromium, R, PostgreSQL, the speech
 * tools): under {@code CI=true} a missing tool FAILS the test, so a green CI build has really run
 * it; elsewhere the test is skipped with a printed message that says what to install.
 */
public final class RequiredTool {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path RSCRIPT = Path.of("/usr/bin/Rscript");

  private RequiredTool() {}

  /** Whether this run is the CI build (the environment variable {@code CI=true}). */
  public static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Fails (under CI) or skips (elsewhere) the calling test unless {@code present}.
   *
   * @param tool what is missing, e.g. "Chromium at /usr/bin/chromium"
   * @param install how to get it, e.g. "apt-get install chromium"
   */
  public static void require(boolean present, String tool, String install) {
    require(ci(), present, tool, install);
  }

  static void require(boolean ci, boolean present, String tool, String install) {
    String message = tool + " is needed (" + install + ")";
    if (ci) {
      assertThat(present).as("CI=true and " + message).isTrue();
      return;
    }
    if (!present) {
      System.out.println("SKIPPED: " + message);
    }
    Assumptions.assumeTrue(present, message);
  }

  public static void chromium() {
    require(
        Files.isExecutable(CHROMIUM),
        "Chromium at " + CHROMIUM,
        "apt-get install chromium chromium-driver");
  }

  public static void rscript() {
    require(
        Files.isExecutable(RSCRIPT), "R at " + RSCRIPT, "apt-get install r-base-core r-cran-haven");
  }

  /**
   * For a test that runs only on PostgreSQL: needs SECUREBASE_TEST_PG_URL (failing under CI without
   * it), and runs in the PostgreSQL pass of the integration tests, skipping in the H2 pass.
   */
  public static void postgresqlPass() {
    String url = System.getenv("SECUREBASE_TEST_PG_URL");
    require(
        url != null && !url.isBlank(),
        "PostgreSQL (SECUREBASE_TEST_PG_URL)",
        "set SECUREBASE_TEST_PG_URL, SECUREBASE_TEST_PG_USER and SECUREBASE_TEST_PG_PASSWORD");
    Assumptions.assumeTrue(
        IntegrationTest.database().equals("postgres"), "runs in the PostgreSQL pass");
  }
}
