package org.securebase.app;

import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * Puts the application's own CSRF token store back into its security filter chain before each
 * integration test.
 *
 * <p>Spring Security's MockMvc {@code csrf()} (and {@code formLogin()}, which uses it) replaces the
 * CsrfFilter's repository of the shared application context with a test wrapper around a new {@code
 * HttpSessionCsrfTokenRepository}, and never puts the original back. From then on every real HTTP
 * request of the whole suite (browser tests, HttpClient tests) that renders a form stores its token
 * in a new HTTP session, although SecureBase keeps it in a cookie: anonymous visitors would seem to
 * get session rows, and the cookie-based CSRF would go untested.
 */
public final class RealCsrfTokens {

  /** The repository each running application started with, by its servlet context. */
  private static final Map<ServletContext, CsrfTokenRepository> ORIGINAL =
      new ConcurrentHashMap<>();

  private RealCsrfTokens() {}

  /** Restores the application's own repository (remembering it the first time). */
  public static void restore(WebApplicationContext context) {
    ServletContext servlet = context.getServletContext();
    if (servlet == null) {
      return;
    }
    MockHttpServletRequest request = new MockHttpServletRequest(servlet);
    CsrfTokenRepository current = WebTestUtils.getCsrfTokenRepository(request);
    CsrfTokenRepository original =
        ORIGINAL.computeIfAbsent(
            servlet,
            s -> {
              if (swappedByMockMvc(current)) {
                throw new IllegalStateException(
                    "MockMvc csrf() ran before the first test of this context");
              }
              return current;
            });
    if (current != original) {
      WebTestUtils.setCsrfTokenRepository(request, original);
    }
  }

  private static boolean swappedByMockMvc(CsrfTokenRepository repository) {
    return repository.getClass().getName().endsWith("$TestCsrfTokenRepository");
  }
}
