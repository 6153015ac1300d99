package org.securebase.core.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds protected health information in text meant for others to read, so the caller can refuse it
 * before storing anything. The checklist is the HIPAA Safe Harbor list of identifiers (45 CFR
 * 164.514(b)(2)): names, geographic subdivisions smaller than a state, date elements other than the
 * year, ages over 89, telephone and fax numbers, e-mail and web addresses, and identifying numbers
 * (record, health plan, account, licence, vehicle, device, IP address). Added to it is the risk
 * most particular to clinicians' writing: a first-person anecdote about a client with
 * quasi-identifiers (Sweeney 2000, "Simple demographics often identify people uniquely").
 *
 * <p>It is an aid, not a guarantee ({@link PhiReport#LIMITS}): it errs towards refusing, and what
 * it lets through may still identify someone. Words of the field and cited authors (Bowlby,
 * Ainsworth, Main, Strange Situation ...) are allowed by a shipped list.
 *
 * <p>Immutable and thread-safe; the word lists are read once, so share one instance.
 */
public final class PhiGuard {

  /** The version of the rules and word lists, reported with results. */
  public static final String VERSION = "phi-guard/2 (" + PhiLexicon.VERSION + ")";

  /** Which checks run: a source field may hold authors' names and web addresses. */
  public enum Field {
    /** Free text: a sentence, a reason, a credit name. Every check runs. */
    TEXT,
    /** A citation: authors, titles, DOIs and links are expected; numbers and anecdotes are not. */
    SOURCE
  }

  private final NameFinder names;
  private final IdentifierPatterns patterns;
  private final AnecdoteFinder anecdotes;

  private PhiGuard(PhiLexicon lexicon, int referenceYear) {
    this.names = new NameFinder(lexicon);
    this.patterns = new IdentifierPatterns(referenceYear);
    this.anecdotes = new AnecdoteFinder(lexicon);
  }

  /**
   * A guard with the shipped word lists.
   *
   * @param referenceYear the current year, to tell whether a birth year implies an age over 89
   */
  public static PhiGuard standard(int referenceYear) {
    return new PhiGuard(PhiLexicon.load(), referenceYear);
  }

  /** Checks free text. */
  public PhiReport check(String text) {
    return check(text, Field.TEXT);
  }

  /** Checks a text of the given field. */
  public PhiReport check(String text, Field field) {
    List<PhiFinding> found = new ArrayList<>(patterns.find(text, field == Field.SOURCE));
    if (field == Field.TEXT) {
      found.addAll(names.find(text));
    }
    found = resolveOverlaps(found);
    List<PhiFinding> all = new ArrayList<>(found);
    all.addAll(anecdotes.find(text, found));
    all.sort(Comparator.comparingInt(PhiFinding::start).thenComparing(f -> -f.end()));
    return new PhiReport(all);
  }

  /**
   * Keeps one finding where several cover the same words: the more specific kind wins (an e-mail
   * address over the web address inside it, a telephone number over a bare number, a street address
   * over the name in it).
   */
  static List<PhiFinding> resolveOverlaps(List<PhiFinding> found) {
    List<PhiKind> priority =
        List.of(
            PhiKind.EMAIL,
            PhiKind.URL,
            PhiKind.DATE,
            PhiKind.PHONE,
            PhiKind.ID_NUMBER,
            PhiKind.AGE,
            PhiKind.PLACE,
            PhiKind.PERSON);
    List<PhiFinding> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((PhiFinding f) -> priority.indexOf(f.kind()))
            .thenComparing(f -> -(f.end() - f.start())));
    List<PhiFinding> kept = new ArrayList<>();
    for (PhiFinding f : sorted) {
      if (kept.stream().noneMatch(k -> k.overlaps(f))) {
        kept.add(f);
      }
    }
    return kept;
  }
}
