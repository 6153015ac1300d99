package org.securebase.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browser tests: the whole application on a random port (as {@link IntegrationTest}),
 * one Chromium for the class, and a {@link TestWorkspace} to make the people a test signs in as.
 * Skipped, with a printed reason, where no Chromium is installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTesting extends IntegrationTest {

  @LocalServerPort protected int port;
  @Autowired protected ApplicationContext context;

  protected BrowserSupport browser;
  protected TestWorkspace workspace;

  @BeforeAll
  void openBrowser() {
    browser = BrowserSupport.open(port);
    workspace = new TestWorkspace(context);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
