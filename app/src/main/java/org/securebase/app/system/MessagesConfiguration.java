package org.securebase.app.system;

import java.io.IOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Every user-facing sentence comes from a bundle under {@code i18n/}, one file per feature ({@code
 * i18n/wiki.properties}, {@code i18n/scheduling.properties} ...). Each feature owns its file, so
 * two features never edit the same bundle; a second language adds {@code i18n/wiki_de.properties}
 * beside it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  @Bean
  MessageSource messageSource() throws IOException {
    TreeSet<String> basenames = new TreeSet<>();
    for (Resource bundle :
        new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
      String file = bundle.getFilename();
      if (file != null && !file.contains("_")) {
        basenames.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
      }
    }
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(basenames.toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /**
   * English is the one bundle, and dates follow it everywhere: a browser asking for en-GB would
   * otherwise read "30 Sept" where the PDF and every other reader see "30 Sep". A second language
   * replaces this with a resolver that chooses among the bundles.
   */
  @Bean
  LocaleResolver localeResolver() {
    return new FixedLocaleResolver(Locale.ENGLISH);
  }
}
