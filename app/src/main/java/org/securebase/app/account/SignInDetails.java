package org.securebase.app.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form's extras: the address it came from and the optional second-factor code. */
public final class SignInDetails extends WebAuthenticationDetails {

  @Serial private static final long serialVersionUID = 1L;

  // Never kept past sign-in: the code is single-use and the details are not stored in a session.
  private final transient String code;

  public SignInDetails(HttpServletRequest request) {
    super(request);
    this.code = request.getParameter("code");
  }

  String code() {
    return code;
  }
}
