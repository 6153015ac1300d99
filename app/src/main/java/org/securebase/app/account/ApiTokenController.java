package org.securebase.app.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own API tokens: the page {@code /account/tokens} and the JSON API. Tokens are managed
 * only from a signed-in session, never with a token, so a leaked token cannot mint more.
 */
@Controller
class ApiTokenController {

  private final ApiTokens tokens;

  ApiTokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account/tokens")
  String showTokens(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("tokens", tokens.of(user));
    return "account/tokens";
  }

  @PostMapping("/account/tokens")
  String processCreationForm(
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "scope", defaultValue = "read") String scope,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    model.addAttribute("created", tokens.create(user, name, scope));
    model.addAttribute("tokens", tokens.of(user));
    return "account/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(
      @PathVariable UUID id,
      @AuthenticationPrincipal SignedInUser user,
      RedirectAttributes redirect) {
    tokens.revoke(user, id);
    return "redirect:/account/tokens";
  }

  /** The token's JSON body: {@code {"name": ..., "scope": "read" | "read-write"}}. */
  record TokenRequest(String name, String scope) {}

  @PostMapping("/api/account/tokens")
  @ResponseBody
  ResponseEntity<Map<String, Object>> create(
      @RequestBody(required = false) TokenRequest request,
      @AuthenticationPrincipal SignedInUser user,
      Authentication authentication) {
    sessionOnly(authentication);
    ApiTokens.Created created =
        tokens.create(
            user,
            request == null ? null : request.name(),
            request == null ? null : request.scope());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", created.token());
    body.put("id", created.id());
    body.put("name", created.name());
    body.put("scope", created.scope().code());
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @GetMapping("/api/account/tokens")
  @ResponseBody
  List<Map<String, Object>> list(
      @AuthenticationPrincipal SignedInUser user, Authentication authentication) {
    sessionOnly(authentication);
    return tokens.of(user).stream()
        .map(
            t -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", t.id());
              m.put("name", t.name());
              m.put("scope", t.scope().code());
              m.put("createdAt", t.createdAt());
              m.put("lastUsedAt", t.lastUsedAt());
              m.put("revoked", t.revoked());
              return m;
            })
        .toList();
  }

  @DeleteMapping("/api/account/tokens/{id}")
  ResponseEntity<Void> delete(
      @PathVariable UUID id,
      @AuthenticationPrincipal SignedInUser user,
      Authentication authentication) {
    sessionOnly(authentication);
    tokens.revoke(user, id);
    return ResponseEntity.noContent().build();
  }

  private static void sessionOnly(Authentication authentication) {
    if (authentication instanceof BearerTokenFilter.TokenAuthentication) {
      throw new AccessDeniedException("tokens are managed from a signed-in session");
    }
  }
}
