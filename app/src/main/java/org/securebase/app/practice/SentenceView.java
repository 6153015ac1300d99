package org.securebase.app.practice;

/** One sentence as the clinician's preview shows it: words, reason in words, source, pause. */
public record SentenceView(
    int index, String text, String templateId, String reason, String source, long pauseSeconds) {}
