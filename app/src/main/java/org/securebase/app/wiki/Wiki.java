package org.securebase.app.wiki;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.wiki.WikiModel.ArticleRow;
import org.securebase.app.wiki.WikiModel.Line;
import org.securebase.app.wiki.WikiModel.Source;
import org.securebase.app.wiki.WikiModel.Status;
import org.securebase.app.wiki.WikiModel.Suggestion;
import org.securebase.app.wiki.WikiModel.Version;
import org.securebase.core.library.SourceCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wiki's public face for reading: the latest reviewed version of each article, its sources,
 * checks and provenance; pending changes for editors; upvotes. Clients and readers see reviewed
 * versions only (the way MediaWiki's flagged revisions show the last sighted version).
 */
@Service
public class Wiki {

  static final String ARTICLE = "ARTICLE";
  static final String SUGGESTION = "SUGGESTION";

  private final WikiRepository repository;
  private final ArticleRepository articleRows;
  private final AuditLog audit;
  private final Clock clock;

  Wiki(WikiRepository repository, ArticleRepository articleRows, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.articleRows = articleRows;
    this.audit = audit;
    this.clock = clock;
  }

  /** A heading or a paragraph of sentences, for the page. */
  public record Block(String heading, List<Line> sentences) {
    public boolean isHeading() {
      return heading != null;
    }
  }

  /** Where an article's current version came from. */
  public record Provenance(
      int version,
      List<String> reviewers,
      OffsetDateTime lastReviewed,
      int editorialPercent,
      Map<Integer, Integer> tiers,
      List<Version> changes) {}

  /** A source-check finding as the page shows it. */
  public record CheckNote(String key, String sentenceId, int source) {}

  /** The check's findings with their message keys. */
  public static List<CheckNote> notes(SourceCheck.Result check) {
    return check.findings().stream()
        .map(f -> new CheckNote("wiki.check." + f.problem().name(), f.sentenceId(), f.source()))
        .toList();
  }

  /** A suggestion with its word-level difference from the sentence it anchors to. */
  public record SuggestionView(Suggestion suggestion, List<WordDiff.Segment> diff) {}

  /** Everything the article page shows. */
  public record ArticlePage(
      String id,
      String title,
      int rowVersion,
      List<Block> blocks,
      List<Source> sources,
      SourceCheck.Result check,
      List<CheckNote> checkNotes,
      Provenance provenance,
      int upvotes,
      boolean upvoted,
      boolean canSuggest,
      boolean editor,
      List<SuggestionView> open,
      List<SuggestionView> pending) {}

  /** An entry of the index. */
  public record Entry(String id, String title, int version, int upvotes) {}

  /** Who may suggest: clinicians, coders and researchers; clients read (see the README). */
  public static boolean maySuggest(SignedInUser user) {
    return user.role() == Role.CLINICIAN
        || user.role() == Role.CODER
        || user.role() == Role.RESEARCHER;
  }

  public boolean isEditor(SignedInUser user) {
    return repository.isEditor(user.id());
  }

  @Transactional(readOnly = true)
  public List<Entry> entries() {
    return articleRows.articles().stream()
        .map(
            a ->
                new Entry(
                    a.id(), a.title(), a.reviewedVersion(), repository.upvotes(ARTICLE, a.id())))
        .toList();
  }

  @Transactional
  public ArticlePage page(String id, SignedInUser user) {
    ArticleRow a = article(id);
    audit.record("READ", "library_article", id);
    List<Line> lines = articleRows.lines(id, a.reviewedVersion());
    List<Source> listed = listedSources(id, a.reviewedVersion());
    boolean editor = isEditor(user);
    boolean suggester = maySuggest(user);
    List<SuggestionView> open =
        suggester ? views(lines, repository.suggestions(id, List.of(Status.OPEN))) : List.of();
    List<SuggestionView> pending =
        editor ? views(lines, repository.suggestions(id, List.of(Status.ACCEPTED))) : List.of();
    SourceCheck.Result check = check(lines, listed);
    return new ArticlePage(
        id,
        a.title(),
        a.rowVersion(),
        blocks(lines),
        listed,
        check,
        notes(check),
        provenance(id, a.reviewedVersion(), check),
        repository.upvotes(ARTICLE, id),
        repository.upvoted(user.id(), ARTICLE, id),
        suggester,
        editor,
        open,
        pending);
  }

  /** The lines of the current reviewed version, for the API. */
  @Transactional
  public List<Line> lines(String id) {
    ArticleRow a = article(id);
    audit.record("READ", "library_article", id);
    return articleRows.lines(id, a.reviewedVersion());
  }

  @Transactional(readOnly = true)
  public List<Source> sourcesOf(String id) {
    ArticleRow a = article(id);
    return listedSources(id, a.reviewedVersion());
  }

  @Transactional(readOnly = true)
  public List<Version> history(String id) {
    article(id);
    return articleRows.versions(id);
  }

  @Transactional(readOnly = true)
  public String title(String id) {
    return article(id).title();
  }

  /** One upvote per account per article; a second is ignored. */
  @Transactional
  public void upvoteArticle(String id, SignedInUser user) {
    article(id);
    if (repository.upvote(user.id(), ARTICLE, id, OffsetDateTime.now(clock))) {
      audit.record("UPVOTE", "library_article", id);
    }
  }

  ArticleRow article(String id) {
    return articleRows.article(id).orElseThrow(() -> new RecordNotFoundException("article", id));
  }

  List<Source> listedSources(String id, int version) {
    var listed = new TreeSet<>(articleRows.listed(id, version));
    return repository.sources().stream().filter(s -> listed.contains(s.number())).toList();
  }

  static SourceCheck.Result check(List<Line> lines, List<Source> listed) {
    return SourceCheck.check(
        lines.stream()
            .filter(l -> !l.heading())
            .map(l -> new SourceCheck.Line(l.sentenceId(), l.text(), l.sources(), l.editorial()))
            .toList(),
        listed.stream()
            .map(s -> new SourceCheck.Listed(s.number(), s.tier(), s.citation()))
            .toList());
  }

  private Provenance provenance(String id, int version, SourceCheck.Result check) {
    List<Version> versions = articleRows.versions(id);
    List<String> reviewers =
        versions.stream().map(Version::reviewedBy).distinct().collect(Collectors.toList());
    OffsetDateTime last = versions.isEmpty() ? null : versions.get(0).createdAt();
    int percent = (int) Math.round(check.counts().editorialShare() * 100);
    return new Provenance(
        version,
        reviewers,
        last,
        percent,
        check.counts().tiers(),
        versions.subList(0, Math.min(5, versions.size())));
  }

  static List<Block> blocks(List<Line> lines) {
    List<Block> blocks = new ArrayList<>();
    List<Line> paragraph = new ArrayList<>();
    int current = -1;
    for (Line l : lines) {
      if (l.heading() || l.paragraph() != current) {
        if (!paragraph.isEmpty()) {
          blocks.add(new Block(null, List.copyOf(paragraph)));
          paragraph.clear();
        }
        current = l.paragraph();
      }
      if (l.heading()) {
        blocks.add(new Block(l.text(), List.of()));
      } else {
        paragraph.add(l);
      }
    }
    if (!paragraph.isEmpty()) {
      blocks.add(new Block(null, List.copyOf(paragraph)));
    }
    return blocks;
  }

  static List<SuggestionView> views(List<Line> lines, List<Suggestion> suggestions) {
    return suggestions.stream().map(s -> new SuggestionView(s, diff(lines, s))).toList();
  }

  static List<WordDiff.Segment> diff(List<Line> lines, Suggestion s) {
    String before = s.kind() == WikiModel.ChangeKind.ADD ? "" : s.quotedText();
    String after =
        s.kind() == WikiModel.ChangeKind.REMOVE
            ? ""
            : Optional.ofNullable(s.finalText()).orElse(s.proposedText());
    return WordDiff.of(before, after);
  }

  /** Grants the editor permission (demo seed and tests; no screen grants it yet). */
  @Transactional
  public void grantEditor(UUID accountId, String grantedBy) {
    repository.grantEditor(accountId, OffsetDateTime.now(clock), grantedBy);
    audit.recordAs(grantedBy, "SYSTEM", "GRANT_EDITOR", "wiki_editor", accountId, "ALLOWED");
  }
}
