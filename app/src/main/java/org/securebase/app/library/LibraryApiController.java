package org.securebase.app.library;

import java.util.List;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.core.library.SourcedArticle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The library as JSON: each article with its sentences, their sources, and the sources' tiers. */
@RestController
class LibraryApiController {

  private final Library library;

  LibraryApiController(Library library) {
    this.library = library;
  }

  record ArticleJson(SourcedArticle article, List<Source> sources) {}

  record Entry(String slug, String title) {}

  @GetMapping("/api/library")
  List<Entry> list() {
    return library.articles().stream().map(a -> new Entry(a.slug(), a.title())).toList();
  }

  @GetMapping("/api/library/{slug}")
  ArticleJson article(@PathVariable String slug) {
    SourcedArticle a =
        library.article(slug).orElseThrow(() -> new RecordNotFoundException("article", slug));
    return new ArticleJson(a, library.sourcesOf(a));
  }
}
