package org.securebase.app.wiki;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securebase.app.wiki.WikiModel.ArticleRow;
import org.securebase.app.wiki.WikiModel.Line;
import org.securebase.app.wiki.WikiModel.Version;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The wiki's articles, their published versions and the numbered lines of each version. */
@Repository
class ArticleRepository {

  private final JdbcClient jdbc;

  ArticleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ArticleRow> articles() {
    return jdbc.sql(
            "SELECT id, position, title, reviewed_version, next_sentence, row_version"
                + " FROM wiki_article ORDER BY position")
        .query(ArticleRepository::articleRow)
        .list();
  }

  Optional<ArticleRow> article(String id) {
    return jdbc.sql(
            "SELECT id, position, title, reviewed_version, next_sentence, row_version"
                + " FROM wiki_article WHERE id = ?")
        .param(id)
        .query(ArticleRepository::articleRow)
        .optional();
  }

  private static ArticleRow articleRow(ResultSet rs, int i) throws SQLException {
    return new ArticleRow(
        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
  }

  void insertArticle(ArticleRow a) {
    jdbc.sql(
            "INSERT INTO wiki_article (id, position, title, reviewed_version, next_sentence,"
                + " row_version) VALUES (?, ?, ?, ?, ?, ?)")
        .params(a.id(), a.position(), a.title(), a.reviewedVersion(), a.nextSentence(), 0)
        .update();
  }

  /** Moves the article to a new version if nobody else has since {@code rowVersion}. */
  boolean advance(String id, int version, int nextSentence, int rowVersion) {
    return jdbc.sql(
                "UPDATE wiki_article SET reviewed_version = ?, next_sentence = ?,"
                    + " row_version = row_version + 1 WHERE id = ? AND row_version = ?")
            .params(version, nextSentence, id, rowVersion)
            .update()
        == 1;
  }

  void insertVersion(String articleId, Version v, UUID suggestionId) {
    jdbc.sql(
            "INSERT INTO wiki_version (article_id, version, created_at, author, reviewed_by,"
                + " what, why, suggestion_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            articleId,
            v.version(),
            v.createdAt(),
            v.author(),
            v.reviewedBy(),
            v.what(),
            v.why(),
            suggestionId)
        .update();
  }

  void insertLines(String articleId, int version, List<Line> lines, List<Integer> listed) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      jdbc.sql(
              "INSERT INTO wiki_sentence (article_id, version, position, sentence_id, heading,"
                  + " paragraph, text, sources, editorial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              articleId,
              version,
              i,
              l.sentenceId(),
              l.heading(),
              l.paragraph(),
              l.text(),
              WikiRepository.numbers(l.sources()),
              l.editorial())
          .update();
    }
    for (int n : listed) {
      jdbc.sql("INSERT INTO wiki_version_source (article_id, version, number) VALUES (?, ?, ?)")
          .params(articleId, version, n)
          .update();
    }
  }

  List<Line> lines(String articleId, int version) {
    return jdbc.sql(
            "SELECT sentence_id, heading, paragraph, text, sources, editorial FROM wiki_sentence"
                + " WHERE article_id = ? AND version = ? ORDER BY position")
        .params(articleId, version)
        .query(
            (rs, i) ->
                new Line(
                    rs.getString(1),
                    rs.getBoolean(2),
                    rs.getInt(3),
                    rs.getString(4),
                    WikiRepository.numbers(rs.getString(5)),
                    rs.getBoolean(6)))
        .list();
  }

  List<Integer> listed(String articleId, int version) {
    return jdbc.sql(
            "SELECT number FROM wiki_version_source WHERE article_id = ? AND version = ?"
                + " ORDER BY number")
        .params(articleId, version)
        .query(Integer.class)
        .list();
  }

  List<Version> versions(String articleId) {
    return jdbc.sql(
            "SELECT version, created_at, author, reviewed_by, what, why FROM wiki_version"
                + " WHERE article_id = ? ORDER BY version DESC")
        .param(articleId)
        .query(
            (rs, i) ->
                new Version(
                    rs.getInt(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }
}
