package org.securebase.app.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link SecondFactorPolicy} in front of every page and API call. */
@Configuration
class SecondFactorConfiguration implements WebMvcConfigurer {

  private final SecondFactorPolicy policy;

  SecondFactorConfiguration(SecondFactorPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(policy)
        .excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico");
  }
}
