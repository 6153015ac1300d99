package org.securebase.app.wiki;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.wiki.WikiModel.ChangeKind;
import org.securebase.app.wiki.WikiModel.Credit;
import org.securebase.app.wiki.WikiModel.Notice;
import org.securebase.app.wiki.WikiModel.Source;
import org.securebase.app.wiki.WikiModel.Status;
import org.securebase.app.wiki.WikiModel.Suggestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The wiki's tables, with explicit columns. */
@Repository
class WikiRepository {

  private final JdbcClient jdbc;

  WikiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String numbers(List<Integer> list) {
    return list.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static List<Integer> numbers(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }

  boolean noSuggestions() {
    return jdbc.sql("SELECT COUNT(*) FROM wiki_suggestion").query(Integer.class).single() == 0;
  }

  boolean empty() {
    return jdbc.sql("SELECT COUNT(*) FROM wiki_article").query(Integer.class).single() == 0;
  }

  // --- sources

  List<Source> sources() {
    return jdbc.sql("SELECT number, tier, citation, identifier FROM wiki_source ORDER BY number")
        .query((rs, i) -> new Source(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  void insertSource(Source s, OffsetDateTime at, String by) {
    jdbc.sql(
            "INSERT INTO wiki_source (number, tier, citation, identifier, added_at, added_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(s.number(), s.tier(), s.citation(), s.identifier(), at, by)
        .update();
  }

  int nextSourceNumber() {
    return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM wiki_source")
        .query(Integer.class)
        .single();
  }

  // --- editors

  boolean isEditor(UUID accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM wiki_editor WHERE account_id = ?")
            .param(accountId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void grantEditor(UUID accountId, OffsetDateTime at, String by) {
    if (!isEditor(accountId)) {
      jdbc.sql("INSERT INTO wiki_editor (account_id, granted_at, granted_by) VALUES (?, ?, ?)")
          .params(accountId, at, by)
          .update();
    }
  }

  List<UUID> editors() {
    return jdbc.sql("SELECT account_id FROM wiki_editor").query(UUID.class).list();
  }

  // --- suggestions

  private static final String SUGGESTION_COLUMNS =
      "s.id, s.article_id, s.change_kind, s.sentence_id, s.quoted_text, s.proposed_text,"
          + " s.source_numbers, s.new_source_tier, s.new_source_citation, s.new_source_identifier,"
          + " s.editorial_asked, s.reason, s.credit, s.credit_name, s.suggested_by,"
          + " s.suggested_by_name, s.suggested_at, s.based_on_version, s.status, s.final_text,"
          + " s.final_sources, s.final_editorial, s.decided_by, s.decided_at, s.decision_reason,"
          + " s.published_version, s.row_version,"
          + " (SELECT COUNT(*) FROM wiki_upvote u WHERE u.target_kind = 'SUGGESTION'"
          + " AND u.target_id = CAST(s.id AS VARCHAR(64))) AS upvotes";

  void insertSuggestion(Suggestion s) {
    jdbc.sql(
            "INSERT INTO wiki_suggestion (id, article_id, change_kind, sentence_id, quoted_text,"
                + " proposed_text, source_numbers, new_source_tier, new_source_citation,"
                + " new_source_identifier, editorial_asked, reason, credit, credit_name,"
                + " suggested_by, suggested_by_name, suggested_at, based_on_version, status,"
                + " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 0)")
        .params(
            s.id(),
            s.articleId(),
            s.kind().name(),
            s.sentenceId(),
            s.quotedText(),
            s.proposedText(),
            numbers(s.sources()),
            s.newSourceTier(),
            s.newSourceCitation(),
            s.newSourceIdentifier(),
            s.editorialAsked(),
            s.reason(),
            s.credit().name(),
            s.creditName(),
            s.suggestedBy(),
            s.suggestedByName(),
            s.suggestedAt(),
            s.basedOnVersion(),
            Status.OPEN.name())
        .update();
  }

  Optional<Suggestion> suggestion(UUID id) {
    return jdbc.sql("SELECT " + SUGGESTION_COLUMNS + " FROM wiki_suggestion s WHERE s.id = ?")
        .param(id)
        .query(WikiRepository::suggestionRow)
        .optional();
  }

  List<Suggestion> suggestions(String articleId, List<Status> statuses) {
    String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
    return jdbc.sql(
            "SELECT "
                + SUGGESTION_COLUMNS
                + " FROM wiki_suggestion s WHERE s.article_id = ?"
                + " AND s.status IN ("
                + in
                + ") ORDER BY upvotes DESC, s.suggested_at")
        .param(articleId)
        .query(WikiRepository::suggestionRow)
        .list();
  }

  /** The review queue: open suggestions of every article, most upvoted first, then oldest. */
  List<Suggestion> queue() {
    return jdbc.sql(
            "SELECT "
                + SUGGESTION_COLUMNS
                + " FROM wiki_suggestion s WHERE s.status IN"
                + " ('OPEN', 'ACCEPTED') ORDER BY s.status DESC, upvotes DESC, s.suggested_at")
        .query(WikiRepository::suggestionRow)
        .list();
  }

  List<Suggestion> suggestionsBy(UUID accountId) {
    return jdbc.sql(
            "SELECT "
                + SUGGESTION_COLUMNS
                + " FROM wiki_suggestion s WHERE s.suggested_by = ?"
                + " ORDER BY s.suggested_at DESC")
        .param(accountId)
        .query(WikiRepository::suggestionRow)
        .list();
  }

  boolean decide(
      UUID id,
      int rowVersion,
      Status status,
      String finalText,
      List<Integer> sources,
      Boolean editorial,
      String decidedBy,
      OffsetDateTime at,
      String reason) {
    return jdbc.sql(
                "UPDATE wiki_suggestion SET status = ?, final_text = ?, final_sources = ?,"
                    + " final_editorial = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                    + " row_version = row_version + 1 WHERE id = ? AND row_version = ?"
                    + " AND status = 'OPEN'")
            .params(
                status.name(),
                finalText,
                sources == null ? null : numbers(sources),
                editorial,
                decidedBy,
                at,
                reason,
                id,
                rowVersion)
            .update()
        == 1;
  }

  boolean setStatus(UUID id, Status from, Status to, Integer publishedVersion) {
    return jdbc.sql(
                "UPDATE wiki_suggestion SET status = ?, published_version = ?,"
                    + " row_version = row_version + 1 WHERE id = ? AND status = ?")
            .params(to.name(), publishedVersion, id, from.name())
            .update()
        == 1;
  }

  private static Suggestion suggestionRow(ResultSet rs, int i) throws SQLException {
    return new Suggestion(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        ChangeKind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        numbers(rs.getString(7)),
        (Integer) rs.getObject(8),
        rs.getString(9),
        rs.getString(10),
        rs.getBoolean(11),
        rs.getString(12),
        Credit.valueOf(rs.getString(13)),
        rs.getString(14),
        rs.getObject(15, UUID.class),
        rs.getString(16),
        rs.getObject(17, OffsetDateTime.class),
        rs.getInt(18),
        Status.valueOf(rs.getString(19)),
        rs.getString(20),
        rs.getString(21) == null ? null : numbers(rs.getString(21)),
        (Boolean) rs.getObject(22),
        rs.getString(23),
        rs.getObject(24, OffsetDateTime.class),
        rs.getString(25),
        (Integer) rs.getObject(26),
        rs.getInt(27),
        rs.getInt(28));
  }

  // --- upvotes

  /** Records an upvote; false when this account already gave one. */
  boolean upvote(UUID accountId, String targetKind, String targetId, OffsetDateTime at) {
    int existing =
        jdbc.sql(
                "SELECT COUNT(*) FROM wiki_upvote WHERE account_id = ? AND target_kind = ?"
                    + " AND target_id = ?")
            .params(accountId, targetKind, targetId)
            .query(Integer.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql(
            "INSERT INTO wiki_upvote (account_id, target_kind, target_id, voted_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(accountId, targetKind, targetId, at)
        .update();
    return true;
  }

  int upvotes(String targetKind, String targetId) {
    return jdbc.sql("SELECT COUNT(*) FROM wiki_upvote WHERE target_kind = ? AND target_id = ?")
        .params(targetKind, targetId)
        .query(Integer.class)
        .single();
  }

  boolean upvoted(UUID accountId, String targetKind, String targetId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM wiki_upvote WHERE account_id = ? AND target_kind = ?"
                    + " AND target_id = ?")
            .params(accountId, targetKind, targetId)
            .query(Integer.class)
            .single()
        > 0;
  }

  // --- notices

  void notice(UUID accountId, UUID suggestionId, String kind, OffsetDateTime at) {
    jdbc.sql(
            "INSERT INTO wiki_notice (id, account_id, suggestion_id, kind, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), accountId, suggestionId, kind, at)
        .update();
  }

  List<Notice> notices(UUID accountId) {
    return jdbc.sql(
            "SELECT n.id, n.suggestion_id, s.article_id, n.kind, n.created_at, n.read_at"
                + " FROM wiki_notice n JOIN wiki_suggestion s ON s.id = n.suggestion_id"
                + " WHERE n.account_id = ? ORDER BY n.created_at DESC")
        .param(accountId)
        .query(
            (rs, i) ->
                new Notice(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getObject(6) != null))
        .list();
  }

  void markNoticesRead(UUID accountId, OffsetDateTime at) {
    jdbc.sql("UPDATE wiki_notice SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
        .params(at, accountId)
        .update();
  }

  List<UUID> ids(List<Suggestion> list) {
    return new ArrayList<>(list.stream().map(Suggestion::id).toList());
  }
}
