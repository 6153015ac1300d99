package org.securebase.app.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.securebase.app.TestWorkspace;
import org.securebase.app.interview.InterviewTranscript;
import org.securebase.app.interview.Interviews;
import org.securebase.app.interview.TranscriptImport;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;

/**
 * Transcripts and codings for tests, made through the application's own services. Also holds the
 * records the authorization matrix needs for the workbench routes.
 */
public final class WorkbenchFixture {

  private static volatile UUID matrixTranscript;
  private static volatile UUID matrixOtherCoder;

  private final ApplicationContext context;

  public WorkbenchFixture(ApplicationContext context) {
    this.context = context;
  }

  public static String sampleText() {
    try (InputStream in =
        WorkbenchFixture.class.getResourceAsStream("/interview/short-interview.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A transcript imported by {@code importer} (a coder) with the other coders assigned. */
  public InterviewTranscript transcript(SignedInUser importer, SignedInUser... coders) {
    TranscriptImport form = new TranscriptImport();
    form.setParticipantCode(TestWorkspace.unique("P"));
    form.setContent(sampleText());
    form.setCoders(java.util.Arrays.stream(coders).map(SignedInUser::username).toList());
    return context.getBean(Interviews.class).importTranscript(form, null, importer);
  }

  /**
   * A transcript imported under the given participant code by a coder, with the others assigned.
   */
  public InterviewTranscript transcript(
      String participantCode, SignedInUser importer, SignedInUser... coders) {
    TranscriptImport form = new TranscriptImport();
    form.setParticipantCode(participantCode);
    form.setContent(sampleText());
    form.setCoders(java.util.Arrays.stream(coders).map(SignedInUser::username).toList());
    return context.getBean(Interviews.class).importTranscript(form, null, importer);
  }

  /** An interview of the clinician's own client, imported by the clinician, coders assigned. */
  public InterviewTranscript clientTranscript(
      SignedInUser clinician, UUID clientId, SignedInUser... coders) {
    TranscriptImport form = new TranscriptImport();
    form.setClientId(clientId);
    form.setContent(sampleText());
    form.setCoders(java.util.Arrays.stream(coders).map(SignedInUser::username).toList());
    return context.getBean(Interviews.class).importTranscript(form, null, clinician);
  }

  /** Records the consensus as {@code coder} (whose own coding, and another's, must be final). */
  public StoredCoding consensus(
      SignedInUser coder, UUID transcriptId, String classification, String... scores) {
    CodingForm form = new CodingForm();
    form.setClassification(classification);
    for (int i = 0; i + 1 < scores.length; i += 2) {
      form.getScores().put(scores[i], scores[i + 1]);
    }
    return context
        .getBean(BlindCoding.class)
        .recordConsensus(transcriptId, CodingEntry.read(form), null, coder);
  }

  /** Saves (and optionally finalizes) a coding from a notation and score pairs. */
  public StoredCoding code(
      SignedInUser coder,
      UUID transcriptId,
      String classification,
      boolean finalize,
      String... scores) {
    CodingForm form = new CodingForm();
    form.setClassification(classification);
    for (int i = 0; i + 1 < scores.length; i += 2) {
      form.getScores().put(scores[i], scores[i + 1]);
    }
    return context
        .getBean(BlindCoding.class)
        .save(transcriptId, CodingEntry.read(form), null, finalize, coder);
  }

  /**
   * Prepares the records for the authorization matrix: a transcript imported by the matrix's coder
   * with that coder's final coding, and a second coder whose coding is final too.
   */
  public static void prepareMatrix(ApplicationContext context, SignedInUser coder) {
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser other = workspace.person(org.securebase.app.kernel.Role.CODER);
    WorkbenchFixture f = new WorkbenchFixture(context);
    InterviewTranscript t = f.transcript(coder, other);
    f.code(coder, t.id(), "F1", true, "COHERENCE_OF_MIND", "6", "LOVING:MOTHER", "2");
    f.code(other, t.id(), "F2", true, "COHERENCE_OF_MIND", "7", "LOVING:MOTHER", "3");
    matrixTranscript = t.id();
    matrixOtherCoder = other.id();
  }

  public static UUID matrixTranscript() {
    return matrixTranscript;
  }

  public static UUID matrixOtherCoder() {
    return matrixOtherCoder;
  }

  static List<String> lines(String csv) {
    return List.of(csv.split("\n"));
  }
}
