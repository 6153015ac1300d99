package org.securebase.app.demo;

import java.util.List;
import java.util.Random;
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
 * A synthetic coded study for the demo coder, so the analyzer calibration page has something to
 * show: 24 short interviews under participant codes CAL-01 to CAL-24, assembled by the team from
 * made-up answers, each with a final coding by the demo coder. Every word and every coding is
 * synthetic; the answers lean secure, dismissing or preoccupied so that calibration has signal.
 */
@Component
public class DemoCalibrationStudy {

  static final int TRANSCRIPTS = 24;

  private static final String[] SECURE_ANSWERS = {
    "My mother was warm but often tired. I remember when I broke my arm at seven, she drove me to"
        + " the hospital and held my hand the whole night.",
    "Looking back, I see that my father was strict because he was frightened of us failing the way"
        + " he had. Actually, no, it was more than that; his own father was the same with him.",
    "She could be cold, and she was overwhelmed herself, with three of us and no help.",
    "When I was upset I went to my grandmother. Once, after a fight at school, she made tea and"
        + " listened until I had said everything.",
    "I may be remembering this wrong, but I think the move when I was nine was the hardest year.",
  };

  private static final String[] DISMISSING_ANSWERS = {
    "I don't remember. I don't know.",
    "It was fine. Normal childhood, really.",
    "It didn't affect me. If anything it made me stronger.",
    "Great. She was great. A wonderful mother.",
    "Nothing. I can't recall anything like that.",
  };

  private static final String[] PREOCCUPIED_ANSWERS = {
    "And then my mum, you never listened to me, you always had the telly on and stuff, and I'm like"
        + " why do I even bother, and she goes not now, and it was always not now, and even last"
        + " week at dinner it was the same thing all over again and my sister just sat there.",
    "It was sort of, kind of, you know, and that, and whatever, there was always something going"
        + " on with him and his moods and the neighbours and the dog and the car and the bills.",
    "Dad, you always took her side. You never once asked how I was doing.",
  };

  private static final String[] QUESTIONS = {
    "Tell me about your family when you were small.",
    "Which words describe your relationship with your mother?",
    "What did you do when you were upset as a child?",
    "How do you think your childhood affected you as an adult?",
    "Why do you think your parents acted as they did?",
  };

  private final Interviews interviews;
  private final BlindCoding coding;
  private final Accounts accounts;

  DemoCalibrationStudy(Interviews interviews, BlindCoding coding, Accounts accounts) {
    this.interviews = interviews;
    this.coding = coding;
    this.accounts = accounts;
  }

  /** Imports and codes the study as the demo coder; does nothing without that account. */
  public void seed() {
    var coder = accounts.byUsername("coder");
    if (coder.isEmpty()) {
      return;
    }
    SignedInUser user = signIn(coder.get());
    Random random = new Random(2026_11_24L);
    try {
      for (int i = 1; i <= TRANSCRIPTS; i++) {
        Leaning leaning = Leaning.values()[i % Leaning.values().length];
        TranscriptImport form = new TranscriptImport();
        form.setParticipantCode(String.format("CAL-%02d", i));
        form.setContent(transcript(leaning, random));
        form.setCoders(List.of());
        var t = interviews.importTranscript(form, null, user);
        coding.save(t.id(), CodingEntry.read(codingForm(leaning, random)), null, true, user);
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  enum Leaning {
    SECURE,
    DISMISSING,
    PREOCCUPIED
  }

  private static String transcript(Leaning leaning, Random random) {
    String[] own =
        switch (leaning) {
          case SECURE -> SECURE_ANSWERS;
          case DISMISSING -> DISMISSING_ANSWERS;
          case PREOCCUPIED -> PREOCCUPIED_ANSWERS;
        };
    StringBuilder text = new StringBuilder();
    for (String question : QUESTIONS) {
      text.append("I: ").append(question).append('\n');
      // Mostly the leaning's own answers, sometimes a secure one: real transcripts are mixed.
      String[] pool = random.nextInt(4) == 0 ? SECURE_ANSWERS : own;
      text.append("R: ").append(pool[random.nextInt(pool.length)]).append('\n');
    }
    return text.toString();
  }

  private static CodingForm codingForm(Leaning leaning, Random random) {
    CodingForm form = new CodingForm();
    double jitter = random.nextInt(3) * 0.5;
    switch (leaning) {
      case SECURE -> {
        form.setClassification(random.nextBoolean() ? "F3" : "F2");
        form.getScores().put("COHERENCE_OF_MIND", String.valueOf(6.5 + jitter));
        form.getScores().put("COHERENCE_OF_TRANSCRIPT", String.valueOf(6 + jitter));
        form.getScores().put("IDEALIZATION:MOTHER", "2");
        // Half had a hard time with their father (inferred unloving): earned under the default
        // rule; the rest continuous. Every experience scale is rated, so none is undetermined.
        boolean hardFather = random.nextBoolean();
        for (String parent : new String[] {"MOTHER", "FATHER"}) {
          boolean hard = parent.equals("FATHER") && hardFather;
          form.getScores().put("LOVING:" + parent, hard ? "2" : "6");
          form.getScores().put("REJECTING:" + parent, hard ? "5" : "2");
          form.getScores().put("ROLE_REVERSING:" + parent, "1");
          form.getScores().put("PUSHING_TO_ACHIEVE:" + parent, "2");
          form.getScores().put("NEGLECTING:" + parent, hard ? "4" : "1");
        }
      }
      case DISMISSING -> {
        form.setClassification("Ds1");
        form.getScores().put("COHERENCE_OF_MIND", String.valueOf(2.5 + jitter));
        form.getScores().put("COHERENCE_OF_TRANSCRIPT", String.valueOf(3 + jitter));
        form.getScores().put("IDEALIZATION:MOTHER", String.valueOf(6 + jitter));
        form.getScores().put("LACK_OF_RECALL", String.valueOf(6 + jitter));
      }
      case PREOCCUPIED -> {
        form.setClassification("E2");
        form.getScores().put("COHERENCE_OF_MIND", String.valueOf(3 + jitter));
        form.getScores().put("COHERENCE_OF_TRANSCRIPT", String.valueOf(2.5 + jitter));
        form.getScores().put("INVOLVING_ANGER:MOTHER", String.valueOf(6 + jitter));
        form.getScores().put("PASSIVITY", String.valueOf(5 + jitter));
      }
    }
    return form;
  }

  private static SignedInUser signIn(Account a) {
    return org.securebase.app.demo.ActingAs.account(a);
  }
}
