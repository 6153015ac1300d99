package org.securebase.app.discourse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.calibration.CalibrationPolicy;
import org.securebase.core.discourse.AnalysisResult;
import org.securebase.core.discourse.DiscourseAnalyzer;
import org.securebase.core.discourse.Indicator;
import org.securebase.core.discourse.IndicatorType;
import org.securebase.core.discourse.corpus.CorrectionReport;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coders' corrections of the discourse analyzer, the public face of this feature. A coder assigned
 * to a transcript marks one of the analyzer's indicators as wrong, or adds one it missed, over a
 * span, with an optional note. Corrections are stored encrypted like the transcript, each coder
 * reads only their own (another coder's view never changes), and they leave as labelled data in the
 * corpus format. The lab report counts every coder's corrections without their words.
 *
 * <p>It measures the tool against its users' judgement; it never classifies a person.
 */
@Component
public class DiscourseCorrections {

  static final String RECORD_TYPE = "discourse-correction";
  static final int NOTE_MAX = 2000;

  private final Interviews interviews;
  private final CorrectionRepository corrections;
  private final AuditLog audit;
  private final Clock clock;

  DiscourseCorrections(
      Interviews interviews, CorrectionRepository corrections, AuditLog audit, Clock clock) {
    this.interviews = interviews;
    this.corrections = corrections;
    this.audit = audit;
    this.clock = clock;
  }

  /** One of the analyzer's marks, and whether this coder has marked it wrong. */
  public record Mark(
      String indicator, int start, int end, int turnIndex, String words, boolean markedWrong) {}

  /** What the evidence page shows. */
  public record EvidencePage(
      InterviewTranscript transcript,
      AnalysisResult analysis,
      List<Mark> marks,
      List<Correction> mine) {}

  @Transactional
  public EvidencePage page(UUID transcriptId, SignedInUser coder) {
    InterviewTranscript t = readAsCoder(transcriptId, coder);
    AnalysisResult analysis = DiscourseAnalyzer.english().analyze(t.content());
    List<Correction> mine = corrections.mine(transcriptId, coder.id());
    audit.record("LIST", RECORD_TYPE, transcriptId);
    List<Mark> marks = new ArrayList<>();
    for (Indicator i : analysis.indicators()) {
      marks.add(
          new Mark(i.id(), i.start(), i.end(), i.turnIndex(), i.text(), markedWrong(i, mine)));
    }
    return new EvidencePage(t, analysis, marks, mine);
  }

  /** This coder's corrections of one transcript. */
  @Transactional
  public List<Correction> mine(UUID transcriptId, SignedInUser coder) {
    readAsCoder(transcriptId, coder);
    audit.record("LIST", RECORD_TYPE, transcriptId);
    return corrections.mine(transcriptId, coder.id());
  }

  /**
   * Stores a correction.
   *
   * @throws BadInputException naming the field: kind, indicator, start, words or note
   */
  @Transactional
  public Correction add(UUID transcriptId, CorrectionForm form, SignedInUser coder) {
    InterviewTranscript t = readAsCoder(transcriptId, coder);
    Correction.Kind kind = kind(form.getKind());
    IndicatorType type = indicator(form.getIndicator());
    String note = note(form.getNote());
    CorrectionSpan span = CorrectionSpan.of(t.content(), form);
    AnalysisResult analysis = DiscourseAnalyzer.english().analyze(t.content());
    if (kind == Correction.Kind.WRONG && !analyzerMarked(analysis, type, span)) {
      throw new BadInputException("indicator", "discourse.correction.error.not-marked");
    }
    boolean again =
        corrections.mine(transcriptId, coder.id()).stream()
            .anyMatch(
                c ->
                    c.kind() == kind
                        && c.indicator() == type
                        && c.start() == span.start()
                        && c.end() == span.end());
    if (again) {
      throw new BadInputException("start", "discourse.correction.error.duplicate");
    }
    Correction c =
        new Correction(
            UUID.randomUUID(),
            transcriptId,
            kind,
            type,
            span.start(),
            span.end(),
            span.turnIndex(),
            t.content().text().substring(span.start(), span.end()),
            note,
            analysis.analyzerVersion(),
            analysis.lexiconVersion(),
            clock.instant());
    if (!corrections.reviewed(transcriptId, coder.id())) {
      corrections.insertReview(
          transcriptId,
          coder.id(),
          analysis.analyzerVersion(),
          analysis.lexiconVersion(),
          CorrectionRepository.formatMarks(marks(analysis)),
          clock.instant());
    }
    corrections.insert(c, coder.id());
    audit.record("CREATE", RECORD_TYPE, c.id());
    return c;
  }

  /** The lab's report: every coder's reviews, counted without words. */
  @Transactional(readOnly = true)
  public CorrectionReport labReport() {
    List<CorrectionReport.Review> reviews =
        corrections.allReviews().stream()
            .map(r -> new CorrectionReport.Review(r.marks(), r.wrong(), r.missed()))
            .toList();
    return CorrectionReport.of(
        reviews,
        CalibrationPolicy.DEFAULT.minimumTranscripts(),
        CalibrationPolicy.DEFAULT.confidenceLevel());
  }

  /** This coder's corrected transcripts as corpus JSON Lines; see {@link CorrectionExport}. */
  @Transactional
  public String exportJsonLines(SignedInUser coder) {
    requireCoder(coder);
    StringBuilder out = new StringBuilder();
    for (UUID id : corrections.transcriptsCorrectedBy(coder.id())) {
      if (!interviews.isAssigned(id, coder.id())) {
        continue;
      }
      InterviewTranscript t = interviews.read(id, coder);
      List<Correction> mine = corrections.mine(id, coder.id());
      AnalysisResult analysis = DiscourseAnalyzer.english().analyze(t.content());
      out.append(CorrectionExport.line(t, analysis, mine, coder.username())).append('\n');
    }
    audit.record("EXPORT", RECORD_TYPE, "coder:" + coder.id());
    return out.toString();
  }

  private InterviewTranscript readAsCoder(UUID transcriptId, SignedInUser coder) {
    requireCoder(coder);
    return interviews.read(transcriptId, coder);
  }

  private static void requireCoder(SignedInUser user) {
    if (user.role() != Role.CODER) {
      throw new AccessDeniedException("corrections are a coder's tool");
    }
  }

  private static Map<IndicatorType, Integer> marks(AnalysisResult analysis) {
    Map<IndicatorType, Integer> out = new EnumMap<>(IndicatorType.class);
    for (IndicatorType type : IndicatorType.values()) {
      out.put(type, analysis.profile().count(type));
    }
    return out;
  }

  static boolean overlaps(Indicator i, int start, int end) {
    return i.start() < end && start < i.end();
  }

  private static boolean analyzerMarked(
      AnalysisResult analysis, IndicatorType type, CorrectionSpan span) {
    return analysis.indicators(type).stream().anyMatch(i -> overlaps(i, span.start(), span.end()));
  }

  private static boolean markedWrong(Indicator i, List<Correction> mine) {
    return mine.stream()
        .anyMatch(
            c ->
                c.kind() == Correction.Kind.WRONG
                    && c.indicator() == i.type()
                    && overlaps(i, c.start(), c.end()));
  }

  private static Correction.Kind kind(String value) {
    try {
      return Correction.Kind.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("kind", "discourse.correction.error.kind");
    }
  }

  private static IndicatorType indicator(String value) {
    try {
      return IndicatorType.ofId(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("indicator", "discourse.correction.error.indicator");
    }
  }

  private static String note(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > NOTE_MAX) {
      throw new BadInputException("note", "discourse.correction.error.note-long", NOTE_MAX);
    }
    return value.strip();
  }
}
