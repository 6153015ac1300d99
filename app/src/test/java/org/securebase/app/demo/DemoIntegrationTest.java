package org.securebase.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.securebase.app.RealCsrfTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of the tests that look at the demo workspace as a visitor sees it: the whole application
 * with {@code securebase.demo=true} on an H2 database of its own (the demo seeds only an empty
 * database, so it cannot share the other integration tests' database, on H2 or on PostgreSQL).
 * Subclasses share one application context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "securebase.demo=true")
@AutoConfigureMockMvc
abstract class DemoIntegrationTest {

  private static final Path DATA = temporaryDataFolder();

  @Autowired private WebApplicationContext application;

  /** Each test meets the application's own security filter chain (see {@link RealCsrfTokens}). */
  @BeforeEach
  void realCsrfTokens() {
    RealCsrfTokens.restore(application);
  }

  @DynamicPropertySource
  static void demoDatabase(DynamicPropertyRegistry registry) {
    registry.add("securebase.data", DATA::toString);
  }

  private static Path temporaryDataFolder() {
    try {
      return Files.createTempDirectory("securebase-demo-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
