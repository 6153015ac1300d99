package org.securebase.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Where the deployment requires a second factor of a role ({@code securebase.mfa.required-roles}),
 * a person of that role who has not set one up reaches only the set-up page: every other page
 * redirects there, and an API call (with a session or a token) is a 403 that says why. Once it is
 * on, the session remembers it, so the check costs one read per session.
 */
@Component
class SecondFactorPolicy implements HandlerInterceptor {

  /** Session attribute: this session's person has a second factor, or needs none. */
  static final String SATISFIED = "securebase.secondFactorSatisfied";

  private final TwoFactor twoFactor;
  private final MessageSource messages;

  SecondFactorPolicy(TwoFactor twoFactor, MessageSource messages) {
    this.twoFactor = twoFactor;
    this.messages = messages;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
      return true;
    }
    if (!twoFactor.requiredFor(user.role())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(SecondFactorController.PATH) || path.equals("/error")) {
      return true;
    }
    HttpSession session = request.getSession(false);
    if (session != null && Boolean.TRUE.equals(session.getAttribute(SATISFIED))) {
      return true;
    }
    if (twoFactor.enabled(user.id())) {
      if (session != null) {
        session.setAttribute(SATISFIED, Boolean.TRUE);
      }
      return true;
    }
    if (path.startsWith("/api/")) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      String detail =
          messages.getMessage(
              "governance.second-factor.api-refused", null, LocaleContextHolder.getLocale());
      response
          .getWriter()
          .write("{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"" + detail + "\"}");
      return false;
    }
    response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
    return false;
  }
}
