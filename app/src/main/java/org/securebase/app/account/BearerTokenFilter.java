package org.securebase.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the owner of its {@code Authorization: Bearer} token, for that request
 * only (nothing is kept in a session). An unknown or revoked token is a 401; a read-only token
 * asking to change something is a 403.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

  /**
   * Requests that carry a bearer token: no browser sends one by itself, so no CSRF token needed.
   */
  public static final RequestMatcher HAS_BEARER =
      request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
      };

  private final ApiTokens tokens;

  public BearerTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!HAS_BEARER.matches(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader("Authorization").substring(7).strip();
    Optional<ApiTokens.Bearer> bearer = tokens.check(token);
    if (bearer.isEmpty() || !request.getRequestURI().startsWith("/api/")) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    boolean reads = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!reads && bearer.get().scope() == ApiTokens.Scope.READ) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(bearer.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The person behind a token; {@link #isFromToken} lets token management refuse tokens. */
  public static final class TokenAuthentication extends AbstractAuthenticationToken {
    private static final long serialVersionUID = 1L;

    private final transient SignedInUser user;

    TokenAuthentication(ApiTokens.Bearer bearer) {
      super(bearer.user().getAuthorities());
      this.user = bearer.user();
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return user;
    }

    @Override
    public String getName() {
      return user.username();
    }
  }
}
