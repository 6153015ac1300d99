package org.securebase.app.wiki;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.kernel.StaleEditException;
import org.securebase.app.wiki.WikiModel.ArticleRow;
import org.securebase.app.wiki.WikiModel.ChangeKind;
import org.securebase.app.wiki.WikiModel.Credit;
import org.securebase.app.wiki.WikiModel.Line;
import org.securebase.app.wiki.WikiModel.Source;
import org.securebase.app.wiki.WikiModel.Status;
import org.securebase.app.wiki.WikiModel.Suggestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions from first to last: the PHI guard on every field before anything is stored, the
 * editor's decision (edited wording, sources, editorial or not, a reason), the suggester's approval
 * and publication as a new reviewed version, or a withdrawal. Every decision is audited.
 */
@Service
public class WikiSuggestions {

  /** DOI (10.x/...), PMID (digits) or ISBN (10 or 13 digits, hyphens allowed). */
  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "(?i)(?:doi:\\s*)?10\\.\\d{4,9}/\\S+|(?:PMID:?\\s*)?\\d{1,8}"
              + "|(?:ISBN(?:-1[03])?:?\\s*)?(?=[0-9X-]{10,17}$)(?:\\d-?){9,12}[\\dX]");

  private final WikiRepository repository;
  private final ArticleRepository articleRows;
  private final Wiki wiki;
  private final WikiPublisher publisher;
  private final WikiTexts texts;
  private final WikiNotices notices;
  private final AuditLog audit;
  private final Clock clock;

  WikiSuggestions(
      WikiRepository repository,
      ArticleRepository articleRows,
      Wiki wiki,
      WikiPublisher publisher,
      WikiTexts texts,
      WikiNotices notices,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.articleRows = articleRows;
    this.notices = notices;
    this.wiki = wiki;
    this.publisher = publisher;
    this.texts = texts;
    this.audit = audit;
    this.clock = clock;
  }

  /** Stores a suggestion, or refuses it (PHI: 422; bad input: 400) with nothing stored. */
  @Transactional
  public Suggestion suggest(String articleId, SuggestionForm form, SignedInUser user) {
    if (!Wiki.maySuggest(user)) {
      throw new RecordNotFoundException("article", articleId);
    }
    // The guard runs first, so refused text meets no validation message, log line or row.
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("text", form.getText());
    fields.put("reason", form.getReason());
    fields.put("creditName", form.getCreditName());
    fields.put("newSourceCitation", form.getNewSourceCitation());
    texts.guard(fields);
    ArticleRow article = wiki.article(articleId);
    ChangeKind kind = parse(ChangeKind.class, form.getKind(), "kind");
    Credit credit = parse(Credit.class, form.getCredit(), "credit");
    Line anchor = anchor(articleId, article.reviewedVersion(), form.getSentenceId());
    // The form quotes the sentence it was opened on; an API caller may quote it to be sure.
    boolean quoted = form.getQuotedText() != null && !form.getQuotedText().isBlank();
    if (kind != ChangeKind.ADD && quoted && !anchor.text().equals(form.getQuotedText().strip())) {
      throw new StaleEditException("sentence", form.getSentenceId());
    }
    validate(kind, form);
    String creditName =
        credit == Credit.ANONYMOUS ? null : blankTo(form.getCreditName(), user.displayName());
    Suggestion s =
        new Suggestion(
            UUID.randomUUID(),
            articleId,
            kind,
            anchor.sentenceId(),
            anchor.text(),
            kind == ChangeKind.REMOVE ? null : form.getText().strip(),
            List.copyOf(form.getSources()),
            form.getNewSourceTier(),
            blankTo(form.getNewSourceCitation(), null),
            blankTo(form.getNewSourceIdentifier(), null),
            form.isEditorial(),
            form.getReason().strip(),
            credit,
            creditName,
            user.id(),
            user.displayName(),
            OffsetDateTime.now(clock),
            article.reviewedVersion(),
            Status.OPEN,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            0);
    repository.insertSuggestion(s);
    audit.record("SUGGEST", "wiki_suggestion", s.id());
    for (UUID editor : repository.editors()) {
      notices.send(editor, s.id(), "NEW", OffsetDateTime.now(clock));
    }
    return s;
  }

  private void validate(ChangeKind kind, SuggestionForm form) {
    if (kind != ChangeKind.REMOVE && (form.getText() == null || form.getText().isBlank())) {
      throw new BadInputException("text", texts.text("wiki.error.text-required"));
    }
    if (form.getText() != null && form.getText().length() > 1000) {
      throw new BadInputException("text", texts.text("wiki.error.too-long", 1000));
    }
    if (form.getReason() == null || form.getReason().isBlank()) {
      throw new BadInputException("reason", texts.text("wiki.error.reason-required"));
    }
    if (form.getReason().length() > 2000) {
      throw new BadInputException("reason", texts.text("wiki.error.too-long", 2000));
    }
    var known = repository.sources().stream().map(Source::number).toList();
    for (int n : form.getSources()) {
      if (!known.contains(n)) {
        throw new BadInputException("sources", texts.text("wiki.error.unknown-source", n));
      }
    }
    boolean newSource =
        form.getNewSourceIdentifier() != null && !form.getNewSourceIdentifier().isBlank();
    if (newSource) {
      if (!IDENTIFIER.matcher(form.getNewSourceIdentifier().strip()).matches()) {
        throw new BadInputException("newSourceIdentifier", texts.text("wiki.error.identifier"));
      }
      if (form.getNewSourceTier() == null
          || form.getNewSourceTier() < 1
          || form.getNewSourceTier() > 3) {
        throw new BadInputException("newSourceTier", texts.text("wiki.error.tier"));
      }
      if (form.getNewSourceCitation() == null
          || form.getNewSourceCitation().strip().length() < 20) {
        throw new BadInputException("newSourceCitation", texts.text("wiki.error.citation"));
      }
    }
    if (kind != ChangeKind.REMOVE
        && form.getSources().isEmpty()
        && !newSource
        && !form.isEditorial()) {
      throw new BadInputException("sources", texts.text("wiki.error.source-required"));
    }
  }

  /** The editor's acceptance: the final wording, its sources, editorial or not, and why. */
  public record Decision(
      String finalText, List<Integer> sources, boolean editorial, String reason, int rowVersion) {}

  @Transactional
  public void accept(UUID id, Decision d, SignedInUser editor) {
    Suggestion s = forEditor(id, editor);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("finalText", d.finalText());
    fields.put("decisionReason", d.reason());
    texts.guard(fields);
    if (d.reason() == null || d.reason().isBlank()) {
      throw new BadInputException("decisionReason", texts.text("wiki.error.reason-required"));
    }
    List<Integer> sources = new ArrayList<>(d.sources() == null ? List.of() : d.sources());
    if (s.newSourceIdentifier() != null) {
      int number = repository.nextSourceNumber();
      repository.insertSource(
          new Source(number, s.newSourceTier(), s.newSourceCitation(), s.newSourceIdentifier()),
          OffsetDateTime.now(clock),
          editor.displayName());
      sources.add(number);
    }
    if (s.kind() != ChangeKind.REMOVE) {
      if (d.finalText() == null || d.finalText().isBlank()) {
        throw new BadInputException("finalText", texts.text("wiki.error.text-required"));
      }
      if (sources.isEmpty() && !d.editorial()) {
        throw new BadInputException("sources", texts.text("wiki.error.source-or-editorial"));
      }
    }
    String text = s.kind() == ChangeKind.REMOVE ? null : d.finalText().strip();
    if (!repository.decide(
        id,
        d.rowVersion(),
        Status.ACCEPTED,
        text,
        sources,
        d.editorial(),
        editor.displayName(),
        OffsetDateTime.now(clock),
        d.reason().strip())) {
      throw new StaleEditException("suggestion", id);
    }
    audit.record("ACCEPT", "wiki_suggestion", id);
    notices.send(s.suggestedBy(), id, "ACCEPTED", OffsetDateTime.now(clock));
  }

  @Transactional
  public void reject(UUID id, String reason, int rowVersion, SignedInUser editor) {
    Suggestion s = forEditor(id, editor);
    texts.guard(Map.of("decisionReason", reason == null ? "" : reason));
    if (reason == null || reason.isBlank()) {
      throw new BadInputException("decisionReason", texts.text("wiki.error.reason-required"));
    }
    if (!repository.decide(
        id,
        rowVersion,
        Status.REJECTED,
        null,
        null,
        null,
        editor.displayName(),
        OffsetDateTime.now(clock),
        reason.strip())) {
      throw new StaleEditException("suggestion", id);
    }
    audit.record("REJECT", "wiki_suggestion", id);
    notices.send(s.suggestedBy(), id, "REJECTED", OffsetDateTime.now(clock));
  }

  /**
   * The suggester approves the final wording: it is published as the next reviewed version, unless
   * the article moved on since {@code articleRowVersion} (409, the suggestion stays accepted).
   */
  @Transactional
  public Status approve(UUID id, int articleRowVersion, SignedInUser user) {
    Suggestion s = ownAccepted(id, user);
    Status result = publisher.publish(s, articleRowVersion);
    audit.record(result == Status.PUBLISHED ? "PUBLISH" : "OUTDATED", "wiki_suggestion", id);
    return result;
  }

  @Transactional
  public void withdraw(UUID id, SignedInUser user) {
    Suggestion s = own(id, user);
    boolean done =
        repository.setStatus(id, s.status(), Status.WITHDRAWN, null)
            && (s.status() == Status.OPEN || s.status() == Status.ACCEPTED);
    if (!done) {
      throw new StaleEditException("suggestion", id);
    }
    audit.record("WITHDRAW", "wiki_suggestion", id);
  }

  /** One upvote per account per pending suggestion. */
  @Transactional
  public void upvote(UUID id, SignedInUser user) {
    Suggestion s =
        repository
            .suggestion(id)
            .filter(x -> x.status() == Status.OPEN && Wiki.maySuggest(user))
            .orElseThrow(() -> new RecordNotFoundException("suggestion", id));
    repository.upvote(user.id(), Wiki.SUGGESTION, s.id().toString(), OffsetDateTime.now(clock));
  }

  @Transactional(readOnly = true)
  public List<Wiki.SuggestionView> queue(SignedInUser editor) {
    if (!wiki.isEditor(editor)) {
      throw new RecordNotFoundException("review", "queue");
    }
    return repository.queue().stream()
        .map(s -> new Wiki.SuggestionView(s, Wiki.diff(List.of(), s)))
        .toList();
  }

  @Transactional(readOnly = true)
  public Wiki.SuggestionView forReview(UUID id, SignedInUser editor) {
    Suggestion s = forEditor(id, editor);
    return new Wiki.SuggestionView(s, Wiki.diff(List.of(), s));
  }

  @Transactional
  public List<Wiki.SuggestionView> mine(SignedInUser user) {
    return repository.suggestionsBy(user.id()).stream()
        .map(s -> new Wiki.SuggestionView(s, Wiki.diff(List.of(), s)))
        .toList();
  }

  @Transactional
  public List<WikiModel.Notice> notices(SignedInUser user) {
    List<WikiModel.Notice> list = repository.notices(user.id());
    repository.markNoticesRead(user.id(), OffsetDateTime.now(clock));
    return list;
  }

  /** Whether nobody has suggested anything yet (the demo seeds only then). */
  @Transactional(readOnly = true)
  public boolean none() {
    return repository.noSuggestions();
  }

  /** The article's row version now, which an approval form carries. */
  @Transactional(readOnly = true)
  public int articleRowVersion(String articleId) {
    return wiki.article(articleId).rowVersion();
  }

  private Suggestion forEditor(UUID id, SignedInUser editor) {
    Suggestion s =
        repository.suggestion(id).orElseThrow(() -> new RecordNotFoundException("suggestion", id));
    // Four eyes: nobody reviews their own suggestion.
    if (!wiki.isEditor(editor) || s.suggestedBy().equals(editor.id())) {
      throw new RecordNotFoundException("suggestion", id);
    }
    return s;
  }

  private Suggestion own(UUID id, SignedInUser user) {
    return repository
        .suggestion(id)
        .filter(s -> s.suggestedBy().equals(user.id()))
        .orElseThrow(() -> new RecordNotFoundException("suggestion", id));
  }

  private Suggestion ownAccepted(UUID id, SignedInUser user) {
    Suggestion s = own(id, user);
    if (s.status() != Status.ACCEPTED) {
      throw new StaleEditException("suggestion", id);
    }
    return s;
  }

  private Line anchor(String articleId, int version, String sentenceId) {
    return articleRows.lines(articleId, version).stream()
        .filter(l -> !l.heading() && l.sentenceId().equals(sentenceId))
        .findFirst()
        .orElseThrow(
            () -> new BadInputException("sentenceId", texts.text("wiki.error.unknown-sentence")));
  }

  private <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(
          type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(field, texts.text("wiki.error.choice"));
    }
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
