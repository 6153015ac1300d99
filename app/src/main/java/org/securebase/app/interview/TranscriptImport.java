package org.securebase.app.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a person submits to import a transcript, from the page or as JSON. The text is either pasted
 * ({@code content}) or uploaded as a file on the page; the coders are usernames of CODER accounts.
 */
public class TranscriptImport {

  private String participantCode;
  private UUID clientId;
  private String content;
  private List<String> coders = new ArrayList<>();

  public String getParticipantCode() {
    return participantCode;
  }

  public void setParticipantCode(String participantCode) {
    this.participantCode = participantCode;
  }

  public UUID getClientId() {
    return clientId;
  }

  public void setClientId(UUID clientId) {
    this.clientId = clientId;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public List<String> getCoders() {
    return coders;
  }

  public void setCoders(List<String> coders) {
    this.coders = coders == null ? new ArrayList<>() : coders;
  }
}
