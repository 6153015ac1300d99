package org.securebase.app.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new journal entry: an optional prompt, the client's words, and whether to share it. */
public class JournalForm {

  private JournalPrompt prompt;

  @NotBlank(message = "write something before saving")
  @Size(max = 20000, message = "use at most 20,000 characters")
  private String body;

  private boolean shared;

  public JournalPrompt getPrompt() {
    return prompt;
  }

  public void setPrompt(JournalPrompt prompt) {
    this.prompt = prompt;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }
}
