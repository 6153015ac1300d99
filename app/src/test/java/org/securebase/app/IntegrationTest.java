package org.securebase.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of the integration tests: the whole application on a random port, against the database named
 * by the system property {@code securebase.test.database} ({@code h2}, the default: an H2 file
 * database in a temporary folder; {@code postgres}: the database in SECUREBASE_TEST_PG_URL).
 *
 * <p>All subclasses share one application context, so the suite starts Spring once per database.
 * Tests create their own accounts and records with unique names and never assume an empty table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

  private static final Path DATA = temporaryDataFolder();

  @Autowired private WebApplicationContext application;

  /** Each test meets the application's own security filter chain (see {@link RealCsrfTokens}). */
  @BeforeEach
  void realCsrfTokens() {
    RealCsrfTokens.restore(application);
  }

  public static String database() {
    return System.getProperty("securebase.test.database", "h2");
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("securebase.data", DATA::toString);
    if (database().equals("postgres")) {
      String url = System.getenv("SECUREBASE_TEST_PG_URL");
      if (url == null) {
        throw new IllegalStateException("Set SECUREBASE_TEST_PG_URL to run on PostgreSQL");
      }
      registry.add("spring.datasource.url", () -> url);
      registry.add(
          "spring.datasource.username", () -> envOr("SECUREBASE_TEST_PG_USER", "postgres"));
      registry.add("spring.datasource.password", () -> envOr("SECUREBASE_TEST_PG_PASSWORD", ""));
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  private static Path temporaryDataFolder() {
    try {
      return Files.createTempDirectory("securebase-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
