package org.securebase.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
import org.securebase.app.coding.BlindCoding;
import org.securebase.app.coding.CodingEntry;
import org.securebase.app.coding.CodingForm;
import org.securebase.app.interview.Interviews;
import org.securebase.app.interview.TranscriptImport;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo transcripts: two short synthetic interviews written by the SecureBase team (no protocol
 * text, no real person), imported by the demo coder {@code coder} under study participant codes and
 * assigned to {@code coder2} as well, so both can code them blind.
 */
@Component
public class DemoInterviews {

  static final List<String[]> TRANSCRIPTS =
      List.of(
          new String[] {"S1-001", "/interview/demo-s1-001.txt"},
          new String[] {"S1-002", "/interview/demo-s1-002.txt"});

  /**
   * Both demo coders' final codings of both transcripts (classification, then scale and score
   * pairs), so the reliability page shows agreement and ICC figures from the first visit instead of
   * an empty page until two codings are finalized. Made up for the demo, not a coding of a person.
   */
  static final String[][][] FINAL_CODINGS = {
    {
      {"F1", "COHERENCE_OF_MIND", "6", "COHERENCE_OF_TRANSCRIPT", "6", "LOVING:MOTHER", "3"},
      {"F2", "COHERENCE_OF_MIND", "7", "COHERENCE_OF_TRANSCRIPT", "6", "LOVING:MOTHER", "2"}
    },
    {
      {"Ds1", "COHERENCE_OF_MIND", "3", "COHERENCE_OF_TRANSCRIPT", "3", "LOVING:MOTHER", "2"},
      {"Ds2", "COHERENCE_OF_MIND", "3", "COHERENCE_OF_TRANSCRIPT", "4", "LOVING:MOTHER", "1"}
    }
  };

  private final Interviews interviews;
  private final Accounts accounts;
  private final BlindCoding codings;

  DemoInterviews(Interviews interviews, Accounts accounts, BlindCoding codings) {
    this.interviews = interviews;
    this.accounts = accounts;
    this.codings = codings;
  }

  /** Imports the demo transcripts as the demo coder; does nothing without the demo coders. */
  public List<UUID> seed() {
    var coder = accounts.byUsername("coder");
    if (coder.isEmpty() || accounts.byUsername("coder2").isEmpty()) {
      return List.of();
    }
    SignedInUser user = signedIn(coder.get());
    try {
      List<UUID> ids =
          TRANSCRIPTS.stream()
              .map(
                  t -> {
                    TranscriptImport form = new TranscriptImport();
                    form.setParticipantCode(t[0]);
                    form.setContent(read(t[1]));
                    form.setCoders(List.of("coder2"));
                    return interviews.importTranscript(form, null, user).id();
                  })
              .toList();
      Account second = accounts.byUsername("coder2").get();
      for (int i = 0; i < ids.size(); i++) {
        codeFinal(ids.get(i), FINAL_CODINGS[i][0], coder.get());
        codeFinal(ids.get(i), FINAL_CODINGS[i][1], second);
      }
      return ids;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void codeFinal(UUID transcript, String[] coding, Account account) {
    SignedInUser coder = signedIn(account);
    CodingForm form = new CodingForm();
    form.setClassification(coding[0]);
    for (int i = 1; i + 1 < coding.length; i += 2) {
      form.getScores().put(coding[i], coding[i + 1]);
    }
    codings.save(transcript, CodingEntry.read(form), null, true, coder);
  }

  private static SignedInUser signedIn(Account a) {
    return org.securebase.app.demo.ActingAs.account(a);
  }

  private static String read(String resource) {
    try (InputStream in = DemoInterviews.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing demo transcript " + resource);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
