package org.securebase.app.library;

import org.securebase.app.kernel.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The library pages, for clients and clinicians. */
@Controller
class LibraryController {

  private final Library library;

  LibraryController(Library library) {
    this.library = library;
  }

  @GetMapping("/library")
  String showLibrary(Model model) {
    model.addAttribute("articles", library.articles());
    return "library/index";
  }

  @GetMapping("/library/{slug}")
  String showArticle(@PathVariable String slug, Model model) {
    var article =
        library.article(slug).orElseThrow(() -> new RecordNotFoundException("article", slug));
    model.addAttribute("article", article);
    model.addAttribute("sources", library.sourcesOf(article));
    return "library/article";
  }
}
