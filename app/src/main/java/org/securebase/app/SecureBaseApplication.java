package org.securebase.app;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application. Started by {@code securebase serve}, never directly. */
@SpringBootApplication
public class SecureBaseApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
