package org.securebase.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, offline: no browser download, the system binary. Tests
 * that use it are skipped, with a message saying so, only where no Chromium is installed.
 */
public final class BrowserSupport implements AutoCloseable {

  public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;

  private BrowserSupport(String baseUrl) {
    this.baseUrl = baseUrl;
    this.playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    this.browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  /** Opens the browser, or skips the calling test with a visible reason when there is none. */
  public static BrowserSupport open(int port) {
    RequiredTool.chromium();
    return new BrowserSupport("http://localhost:" + port);
  }

  /** A fresh page in its own context (its own cookies), sized like a laptop or a phone. */
  public Page newPage(boolean phone) {
    var options = new Browser.NewContextOptions();
    if (phone) {
      options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    } else {
      options.setViewportSize(1280, 860);
    }
    return browser.newContext(options).newPage();
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public void signIn(Page page, String username, String password) {
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
  }

  public void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
