package org.securebase.app.system;

import org.securebase.app.account.ApiTokens;
import org.securebase.app.account.BearerTokenFilter;
import org.securebase.app.account.SignInDetails;
import org.securebase.app.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach which part of SecureBase. Role checks here are the first gate; record-level checks
 * (a clinician's own caseload, a client's own space) sit in each feature's access code.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /** Scripts, styles and images come only from SecureBase itself; nothing is framed. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** No page needs a camera, microphone, location, payment or other powerful browser feature. */
  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(),"
          + " payment=(), usb=(), interest-cohort=()";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog audit, ApiTokens tokens)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/invitation",
                        "/password-reset/**",
                        "/css/**",
                        "/js/**",
                        "/images/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/feeds/calendar/**")
                    .permitAll()
                    .requestMatchers("/admin/**", "/api/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/clients/**", "/api/clients/**")
                    .hasRole("CLINICIAN")
                    .requestMatchers("/calendar", "/calendar/**", "/api/appointments/**")
                    .hasRole("CLINICIAN")
                    .requestMatchers("/me/**", "/api/me/**")
                    .hasRole("CLIENT")
                    // Administrators manage who edits the library, and read nothing else of it.
                    .requestMatchers("/library/editors", "/library/editors/**")
                    .hasAnyRole("ADMIN", "CLINICIAN", "CODER", "RESEARCHER")
                    .requestMatchers("/library/**", "/library", "/api/library/**", "/api/library")
                    .hasAnyRole("CLIENT", "CLINICIAN", "CODER", "RESEARCHER")
                    .requestMatchers("/studies/**", "/api/studies/**")
                    .hasRole("RESEARCHER")
                    .requestMatchers("/transcripts/**", "/api/transcripts/**")
                    .hasAnyRole("CLINICIAN", "CODER")
                    .requestMatchers(
                        "/codings/**", "/api/codings/**", "/reliability/**", "/api/reliability/**")
                    .hasRole("CODER")
                    .requestMatchers("/practices/**", "/api/practices/**")
                    .hasAnyRole("CLINICIAN", "CLIENT")
                    .requestMatchers("/measures/**")
                    .hasAnyRole("CLINICIAN", "ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", true)
                    .authenticationDetailsSource(SignInDetails::new)
                    .failureHandler(refusedWithoutSession())
                    .permitAll())
        // Anonymous visitors get no session: the CSRF token travels in a cookie, and nothing is
        // saved for after sign-in (everyone lands on the home page anyway).
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfCookies())
                    .ignoringRequestMatchers(BearerTokenFilter.HAS_BEARER))
        .addFilterBefore(new BearerTokenFilter(tokens), CsrfFilter.class)
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
        .exceptionHandling(
            errors ->
                errors
                    // An API caller gets a status, not a redirect to a login page.
                    .defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                    .accessDeniedHandler(auditedAccessDenied(audit)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                    // Sent only over HTTPS (directly, or behind a proxy whose X-Forwarded-Proto
                    // is honoured: server.forward-headers-strategy).
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                    .addHeaderWriter(
                        new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                    .frameOptions(frame -> frame.deny()))
        .sessionManagement(session -> session.sessionFixation(f -> f.newSession()));
    return http.build();
  }

  private static CookieCsrfTokenRepository csrfCookies() {
    CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    // Secure follows the request: HTTPS directly or through a honoured X-Forwarded-Proto.
    cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    // Scripts send the page's token in X-CSRF-TOKEN, as they did when it lived in the session.
    cookies.setHeaderName("X-CSRF-TOKEN");
    return cookies;
  }

  private static SimpleUrlAuthenticationFailureHandler refusedWithoutSession() {
    SimpleUrlAuthenticationFailureHandler handler =
        new SimpleUrlAuthenticationFailureHandler("/login?error");
    handler.setAllowSessionCreation(false);
    return handler;
  }

  private static AccessDeniedHandler auditedAccessDenied(AuditLog audit) {
    AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
    return (request, response, denied) -> {
      audit.denied("HTTP " + request.getMethod(), "route", request.getRequestURI());
      delegate.handle(request, response, denied);
    };
  }
}
