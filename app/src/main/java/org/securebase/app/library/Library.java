package org.securebase.app.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.securebase.app.audit.AuditLog;
import org.securebase.core.library.SourcedArticle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The articles and the evidence library, read once from {@code classpath:library/}. Articles are
 * files named {@code NN-slug.md} (NN sets the order); sources are {@code sources.tsv} (number,
 * tier, citation). Immutable after construction.
 */
@Component
public class Library {

  private final List<SourcedArticle> articles;
  private final Map<Integer, Source> sources;
  private final AuditLog audit;

  Library(AuditLog audit) {
    this.audit = audit;
    this.sources = readSources();
    this.articles = readArticles();
  }

  /** Every article, in order. Reading the library is audited, though it holds no client data. */
  public List<SourcedArticle> articles() {
    return articles;
  }

  public Optional<SourcedArticle> article(String slug) {
    Optional<SourcedArticle> found =
        articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
    found.ifPresent(a -> audit.record("READ", "library_article", slug));
    return found;
  }

  public Map<Integer, Source> sources() {
    return sources;
  }

  /** The sources an article cites, in number order. */
  public List<Source> sourcesOf(SourcedArticle article) {
    return article.citedSources().stream().map(sources::get).filter(s -> s != null).toList();
  }

  public static Map<Integer, Source> readSources() {
    Map<Integer, Source> map = new TreeMap<>();
    String text = read("classpath:library/sources.tsv");
    for (String line : text.split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      int n = Integer.parseInt(cells[0].strip());
      map.put(n, new Source(n, Integer.parseInt(cells[1].strip()), cells[2].strip()));
    }
    return Map.copyOf(map);
  }

  public static List<SourcedArticle> readArticles() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath:library/*.md");
      List<Resource> sorted = new ArrayList<>(List.of(files));
      sorted.sort(Comparator.comparing(Resource::getFilename));
      List<SourcedArticle> list = new ArrayList<>();
      for (Resource r : sorted) {
        String name = r.getFilename();
        String slug = name.substring(name.indexOf('-') + 1, name.length() - 3);
        try (InputStream in = r.getInputStream()) {
          list.add(
              SourcedArticle.parse(slug, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      return List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String location) {
    try (InputStream in =
        new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
