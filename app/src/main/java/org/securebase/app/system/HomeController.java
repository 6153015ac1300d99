package org.securebase.app.system;

import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the home of their role after sign-in. */
@Controller
class HomeController {

  @GetMapping("/")
  String home(@AuthenticationPrincipal SignedInUser user) {
    return switch (user.role()) {
      case ADMIN -> "redirect:/admin/accounts";
      case CLINICIAN -> "redirect:/clients";
      case CLIENT -> "redirect:/me";
      case CODER -> "redirect:/transcripts";
      case RESEARCHER -> "redirect:/studies";
    };
  }

  @GetMapping("/login")
  String login() {
    return "system/login";
  }
}
