package org.securebase.app.wiki;

import java.time.Clock;
import java.time.Year;
import org.securebase.core.phi.PhiGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One PHI guard for the app: its word lists are read once. */
@Configuration(proxyBeanMethods = false)
class WikiConfiguration {

  @Bean
  PhiGuard phiGuard(Clock clock) {
    return PhiGuard.standard(Year.now(clock).getValue());
  }
}
