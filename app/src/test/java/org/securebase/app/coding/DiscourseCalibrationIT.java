package org.securebase.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.interview.Interviews;
import org.securebase.app.interview.TranscriptImport;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.calibration.CalibrationPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class DiscourseCalibrationIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired DiscourseCalibration calibration;
  @Autowired Interviews interviews;
  @Autowired MockMvc mvc;

  /**
   * A transcript whose participant insists on not remembering {@code lapses} times, coded by {@code
   * coder} as dismissing with low coherence when it does, secure otherwise.
   */
  private void codedTranscript(SignedInUser coder, String code, int lapses) {
    StringBuilder text = new StringBuilder(WorkbenchFixture.sampleText().strip()).append('\n');
    text.append("I: Can you tell me about a time you were upset as a child?\n");
    text.append("R:");
    for (int i = 0; i < lapses; i++) {
      text.append(" I don't remember. I can't recall.");
    }
    if (lapses == 0) {
      text.append(" When I fell off my bike at eight, my dad carried me home and sat with me.");
    }
    text.append('\n');
    TranscriptImport form = new TranscriptImport();
    form.setParticipantCode(code);
    form.setContent(text.toString());
    var t = interviews.importTranscript(form, null, coder);
    new WorkbenchFixture(context)
        .code(
            coder,
            t.id(),
            lapses > 0 ? "Ds1" : "F1",
            true,
            "COHERENCE_OF_MIND",
            lapses > 0 ? String.valueOf(Math.max(1, 5 - lapses)) : "7");
  }

  @Test
  void saysSoInsteadOfPrintingNumbersWithTooFewCodedTranscripts() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    codedTranscript(coder, TestWorkspace.unique("FEW"), 0);
    codedTranscript(coder, TestWorkspace.unique("FEW"), 2);

    DiscourseCalibration.View view = calibration.report(coder, null);

    assertThat(view.ready()).isFalse();
    assertThat(view.transcripts()).isEqualTo(2);
    assertThat(view.tooFew()).contains("2");
    mvc.perform(get("/reliability/calibration").with(user(coder)).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("no numbers are shown")));
  }

  @Test
  void correlatesIndicatorRatesWithTheCodersScalesOnALabsOwnTranscripts() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    int n = CalibrationPolicy.DEFAULT.minimumTranscripts() + 4;
    for (int i = 0; i < n; i++) {
      codedTranscript(coder, "CAL-" + i + "-" + coder.username(), i % 2 == 0 ? 0 : 1 + i % 4);
    }

    DiscourseCalibration.View view = calibration.report(coder, "CAL-");

    assertThat(view.ready()).isTrue();
    assertThat(view.transcripts()).isEqualTo(n);
    assertThat(view.report().secure()).isEqualTo(n / 2);
    var recall = view.report().correlation("lack_of_recall", "Coherence of mind");
    assertThat(recall.n()).isEqualTo(n);
    assertThat(recall.rho().getAsDouble()).isLessThan(-0.5);
    assertThat(recall.interval().orElseThrow().upper()).isLessThan(0);
    assertThat(view.report().model().auc()).isGreaterThan(0.8);
    assertThat(view.analyzerVersion()).isNotBlank();

    assertThat(calibration.report(coder, "NO-SUCH-GROUP").transcripts()).isZero();
    mvc.perform(
            get("/reliability/calibration")
                .param("group", "CAL-")
                .with(user(coder))
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("78% agreement, kappa .63")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("lack_of_recall")));
  }
}
