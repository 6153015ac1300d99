package org.securebase.app.practice;

import java.util.Map;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.context.ApplicationContext;

/** Practices for the authorization matrix: one draft and one approved, for the matrix's client. */
public final class PracticeMatrixFixture {

  private PracticeMatrixFixture() {}

  /** Ids by name: {@code practiceClient}, {@code practiceDraft}, {@code practiceApproved}. */
  public static Map<String, String> seed(
      ApplicationContext context, SignedInUser clinician, SignedInUser client) {
    Practices practices = context.getBean(Practices.class);
    PracticeForm form = new PracticeForm();
    form.setAspiration("I want to rest in connection.");
    form.setMinutes(5);
    Practice draft = practices.build(client.clientId(), form, clinician);
    Practice approved = practices.build(client.clientId(), form, clinician);
    practices.approveRenderingLater(approved.id(), approved.version(), null, clinician);
    return Map.of(
        "practiceClient", client.clientId().toString(),
        "practiceDraft", draft.id().toString(),
        "practiceApproved", approved.id().toString());
  }
}
