package org.securebase.app.journal;

/** The four journal prompts, in the product's own words. An entry may also be free. */
public enum JournalPrompt {
  SAFE_RELATIONSHIP(
      "A relationship that felt safe",
      "Think of someone with whom you felt safe and supported. What did they do, and how did it"
          + " help you grow?"),
  WHAT_I_NEED(
      "When worry rises",
      "When anxiety or doubt rises, what do you need in order to feel safe, and how could you give"
          + " some of that to yourself?"),
  SHIFTS_AND_STUCK(
      "What has shifted",
      "Which old patterns have started to shift, and where do you still feel stuck?"),
  HARD_MEMORY(
      "A hard memory, both sides",
      "Write about a hard memory. Name what hurt, and also what might have been going on for the"
          + " other person at the time.");

  private final String title;
  private final String question;

  JournalPrompt(String title, String question) {
    this.title = title;
    this.question = question;
  }

  public String title() {
    return title;
  }

  public String question() {
    return question;
  }
}
