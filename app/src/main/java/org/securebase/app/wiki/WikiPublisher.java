package org.securebase.app.wiki;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.app.wiki.WikiModel.ArticleRow;
import org.securebase.app.wiki.WikiModel.ChangeKind;
import org.securebase.app.wiki.WikiModel.Line;
import org.securebase.app.wiki.WikiModel.Source;
import org.securebase.app.wiki.WikiModel.Status;
import org.securebase.app.wiki.WikiModel.Suggestion;
import org.securebase.app.wiki.WikiModel.Version;
import org.securebase.core.library.SourceCheck;
import org.securebase.core.library.SourcedArticle;
import org.springframework.stereotype.Component;

/**
 * Writes versions: version 1 of each article from the classpath library, and each later version
 * from an approved suggestion. A version is a whole snapshot; the article row moves to it only if
 * nobody else published first (optimistic check on the row version), so of two concurrent
 * publications one wins and the other fails with 409 and changes nothing.
 */
@Component
class WikiPublisher {

  private final WikiRepository repository;
  private final ArticleRepository articleRows;
  private final WikiTexts texts;
  private final WikiNotices notices;
  private final Clock clock;

  WikiPublisher(
      WikiRepository repository,
      ArticleRepository articleRows,
      WikiTexts texts,
      WikiNotices notices,
      Clock clock) {
    this.repository = repository;
    this.articleRows = articleRows;
    this.notices = notices;
    this.texts = texts;
    this.clock = clock;
  }

  /** Imports today's classpath articles as version 1, once. */
  void importLibrary(
      List<SourcedArticle> articles,
      java.util.Map<Integer, org.securebase.app.library.Source> sources) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (var s : sources.values()) {
      repository.insertSource(new Source(s.number(), s.tier(), s.citation(), null), now, "system");
    }
    int position = 0;
    for (SourcedArticle a : articles) {
      List<Line> lines = new ArrayList<>();
      int paragraph = 0;
      int n = 0;
      for (SourcedArticle.Block b : a.blocks()) {
        paragraph++;
        if (b instanceof SourcedArticle.Heading h) {
          lines.add(new Line(a.slug() + "-h" + (++n), true, paragraph, h.text(), List.of(), false));
        } else if (b instanceof SourcedArticle.Paragraph p) {
          for (SourcedArticle.Sentence s : p.sentences()) {
            lines.add(
                new Line(
                    a.slug() + "-" + (++n),
                    false,
                    paragraph,
                    s.text(),
                    s.sources(),
                    s.editorial()));
          }
        }
      }
      articleRows.insertArticle(new ArticleRow(a.slug(), ++position, a.title(), 1, n + 1, 0));
      articleRows.insertVersion(
          a.slug(),
          new Version(1, now, "SecureBase team", "SecureBase team", "IMPORT", "IMPORT"),
          null);
      articleRows.insertLines(a.slug(), 1, lines, cited(lines));
    }
  }

  /** Publishes an accepted suggestion as the next version, or marks it outdated. */
  Status publish(Suggestion s, int articleRowVersion) {
    ArticleRow a = articleRows.article(s.articleId()).orElseThrow();
    if (a.rowVersion() != articleRowVersion) {
      throw new StaleEditException("article", a.id());
    }
    List<Line> lines = new ArrayList<>(articleRows.lines(a.id(), a.reviewedVersion()));
    int at = indexOf(lines, s.sentenceId());
    boolean anchorHolds =
        at >= 0 && (s.kind() == ChangeKind.ADD || lines.get(at).text().equals(s.quotedText()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!anchorHolds) {
      repository.setStatus(s.id(), Status.ACCEPTED, Status.OUTDATED, null);
      notices.send(s.suggestedBy(), s.id(), "OUTDATED", now);
      return Status.OUTDATED;
    }
    Applied applied = apply(lines, at, s, a);
    int next = applied.next();
    String changed = applied.changed();
    List<Integer> listed = cited(lines);
    var allSources =
        repository.sources().stream().filter(x -> listed.contains(x.number())).toList();
    SourceCheck.Result check = Wiki.check(lines, allSources);
    if (!check.passes()) {
      throw new BadInputException("sources", texts.text("wiki.error.check-fails"));
    }
    int version = a.reviewedVersion() + 1;
    if (!articleRows.advance(a.id(), version, next, articleRowVersion)) {
      throw new StaleEditException("article", a.id());
    }
    String author =
        s.creditShown().isEmpty() ? texts.text("wiki.credit.anonymous") : s.creditShown();
    articleRows.insertVersion(
        a.id(),
        new Version(
            version, now, author, s.decidedBy(), s.kind().name() + " " + changed, s.reason()),
        s.id());
    articleRows.insertLines(a.id(), version, lines, listed);
    repository.setStatus(s.id(), Status.ACCEPTED, Status.PUBLISHED, version);
    outdateOthers(s, now);
    return Status.PUBLISHED;
  }

  /** The sentence a change left behind and the article's next free sentence number. */
  private record Applied(String changed, int next) {}

  /** Applies the suggestion's change to the lines, at the anchor sentence {@code at}. */
  private static Applied apply(List<Line> lines, int at, Suggestion s, ArticleRow a) {
    int next = a.nextSentence();
    String changed = s.sentenceId();
    Line anchor = lines.get(at);
    switch (s.kind()) {
      case REVISE ->
          lines.set(
              at,
              new Line(
                  anchor.sentenceId(),
                  false,
                  anchor.paragraph(),
                  s.finalText(),
                  s.finalSources(),
                  Boolean.TRUE.equals(s.finalEditorial())));
      case REMOVE -> lines.remove(at);
      case ADD -> {
        changed = a.id() + "-" + next++;
        lines.add(
            at + 1,
            new Line(
                changed,
                false,
                anchor.paragraph(),
                s.finalText(),
                s.finalSources(),
                Boolean.TRUE.equals(s.finalEditorial())));
      }
    }
    return new Applied(changed, next);
  }

  /** Other suggestions anchored to a sentence that just changed are outdated. */
  private void outdateOthers(Suggestion s, OffsetDateTime now) {
    if (s.kind() == ChangeKind.ADD) {
      return;
    }
    for (Suggestion other :
        repository.suggestions(s.articleId(), List.of(Status.OPEN, Status.ACCEPTED))) {
      if (!other.id().equals(s.id())
          && other.sentenceId().equals(s.sentenceId())
          && other.kind() != ChangeKind.ADD) {
        repository.setStatus(other.id(), other.status(), Status.OUTDATED, null);
        notices.send(other.suggestedBy(), other.id(), "OUTDATED", now);
      }
    }
  }

  private static int indexOf(List<Line> lines, String sentenceId) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).sentenceId().equals(sentenceId) && !lines.get(i).heading()) {
        return i;
      }
    }
    return -1;
  }

  private static List<Integer> cited(List<Line> lines) {
    TreeSet<Integer> cited = new TreeSet<>();
    lines.forEach(l -> cited.addAll(l.sources()));
    return List.copyOf(cited);
  }
}
