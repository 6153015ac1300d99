package org.securebase.app.wiki;

import org.securebase.app.library.Library;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings today's classpath library into the wiki as version 1 of each article, on the first start
 * after the wiki's migration (every deployment, not only the demo).
 */
@Component
@Order(5)
class WikiSeed implements ApplicationRunner {

  private final WikiRepository repository;
  private final WikiPublisher publisher;

  WikiSeed(WikiRepository repository, WikiPublisher publisher) {
    this.repository = repository;
    this.publisher = publisher;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (repository.empty()) {
      publisher.importLibrary(Library.readArticles(), Library.readSources());
    }
  }
}
