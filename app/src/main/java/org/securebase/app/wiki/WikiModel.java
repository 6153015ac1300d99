package org.securebase.app.wiki;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The wiki's records: immutable views read from the database. */
public final class WikiModel {

  private WikiModel() {}

  /** What a suggestion changes. */
  public enum ChangeKind {
    REVISE,
    ADD,
    REMOVE
  }

  /** Where a suggestion stands. */
  public enum Status {
    /** Waiting for an editor. */
    OPEN,
    /** Accepted (perhaps edited) by an editor; waiting for the suggester's approval. */
    ACCEPTED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN,
    /** Its sentence changed before it was published. */
    OUTDATED
  }

  /** How the suggester wants to be credited. */
  public enum Credit {
    NAME,
    INITIALS,
    ANONYMOUS
  }

  /**
   * A heading or a sentence of one version.
   *
   * @param sentenceId stable across versions
   * @param paragraph the paragraph it belongs to (headings start a new one)
   */
  public record Line(
      String sentenceId,
      boolean heading,
      int paragraph,
      String text,
      List<Integer> sources,
      boolean editorial) {
    public Line {
      sources = List.copyOf(sources);
    }
  }

  /** A source of the evidence library. */
  public record Source(int number, int tier, String citation, String identifier) {
    public String tierKey() {
      return "wiki.tier." + tier;
    }
  }

  /** One version of an article: who, what, why. */
  public record Version(
      int version,
      OffsetDateTime createdAt,
      String author,
      String reviewedBy,
      String what,
      String why) {

    public String whatKey() {
      return "wiki.what." + whatKind();
    }

    /** The change kind, for the message bundle ("IMPORT", "REVISE" ...). */
    public String whatKind() {
      int space = what.indexOf(' ');
      return space < 0 ? what : what.substring(0, space);
    }

    /** The sentence the change concerns, or empty. */
    public String whatSentence() {
      int space = what.indexOf(' ');
      return space < 0 ? "" : what.substring(space + 1);
    }
  }

  /** An article's row. */
  record ArticleRow(
      String id,
      int position,
      String title,
      int reviewedVersion,
      int nextSentence,
      int rowVersion) {}

  /** A suggestion as stored. */
  public record Suggestion(
      UUID id,
      String articleId,
      ChangeKind kind,
      String sentenceId,
      String quotedText,
      String proposedText,
      List<Integer> sources,
      Integer newSourceTier,
      String newSourceCitation,
      String newSourceIdentifier,
      boolean editorialAsked,
      String reason,
      Credit credit,
      String creditName,
      UUID suggestedBy,
      String suggestedByName,
      OffsetDateTime suggestedAt,
      int basedOnVersion,
      Status status,
      String finalText,
      List<Integer> finalSources,
      Boolean finalEditorial,
      String decidedBy,
      OffsetDateTime decidedAt,
      String decisionReason,
      Integer publishedVersion,
      int rowVersion,
      int upvotes) {

    public String kindKey() {
      return "wiki.kind." + kind.name();
    }

    public String newSourceTierKey() {
      return "wiki.tier." + newSourceTier;
    }

    public String statusKey() {
      return "wiki.status." + status.name();
    }

    /** The name shown for the change, by the suggester's choice. */
    public String creditShown() {
      return switch (credit) {
        case NAME -> creditName;
        case INITIALS -> initials(creditName);
        case ANONYMOUS -> "";
      };
    }

    static String initials(String name) {
      StringBuilder out = new StringBuilder();
      for (String part : name.strip().split("\\s+")) {
        if (!part.isEmpty()) {
          out.append(Character.toUpperCase(part.charAt(0))).append('.');
        }
      }
      return out.toString();
    }
  }

  /** A notice for a suggester or an editor, shown in the app. */
  public record Notice(
      UUID id,
      UUID suggestionId,
      String articleId,
      String kind,
      OffsetDateTime createdAt,
      boolean read) {
    public String key() {
      return "wiki.notice.kind." + kind;
    }
  }
}
