package org.securebase.app.kernel;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Every time stamp is read from it, in UTC, so storage never
 * depends on the server's zone and a test can pin the time by replacing this bean; a person's own
 * zone is applied only when a time is shown to them.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
