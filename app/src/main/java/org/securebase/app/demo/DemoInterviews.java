package org.securebase.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.securebase.app.account.Account;
import org.securebase.app.account.Accounts;
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

  private final Interviews interviews;
  private final Accounts accounts;

  DemoInterviews(Interviews interviews, Accounts accounts) {
    this.interviews = interviews;
    this.accounts = accounts;
  }

  /** Imports the demo transcripts as the demo coder; does nothing without the demo coders. */
  public List<UUID> seed() {
    var coder = accounts.byUsername("coder");
    if (coder.isEmpty() || accounts.byUsername("coder2").isEmpty()) {
      return List.of();
    }
    SignedInUser user = signedIn(coder.get());
    try {
      return TRANSCRIPTS.stream()
          .map(
              t -> {
                TranscriptImport form = new TranscriptImport();
                form.setParticipantCode(t[0]);
                form.setContent(read(t[1]));
                form.setCoders(List.of("coder2"));
                return interviews.importTranscript(form, null, user).id();
              })
          .toList();
    } finally {
      SecurityContextHolder.clearContext();
    }
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
