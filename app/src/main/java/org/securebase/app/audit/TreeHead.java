package org.securebase.app.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed tree head: the Merkle tree (RFC 9162) over the first {@code treeSize} events of the
 * trail has root {@code rootHash}; sealed at {@code sealedAt}; {@code mac} is the deployment's
 * audit-key MAC over all three, so a head cannot be forged or edited without the key.
 *
 * <p>Exported as JSON ({@code securebase audit head}) and kept outside the database, a head is the
 * external anchor: someone who can rewrite the database can still rewind the trail and its stored
 * heads to an earlier point, but not past a head held elsewhere.
 */
public record TreeHead(long treeSize, String rootHash, Instant sealedAt, String mac) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The text {@code mac} covers. */
  static String canonical(long treeSize, String rootHash, Instant sealedAt) {
    return String.join(
        "\u001f", "tree-head", Long.toString(treeSize), rootHash, sealedAt.toString());
  }

  String canonical() {
    return canonical(treeSize, rootHash, sealedAt);
  }

  /** The head as one JSON object, for an auditor to keep. */
  public String toJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("treeSize", treeSize);
    fields.put("rootHash", rootHash);
    fields.put("sealedAt", sealedAt.toString());
    fields.put("mac", mac);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields);
  }

  /**
   * Reads an exported head.
   *
   * @throws IllegalArgumentException naming what is wrong, when the text is not an exported head
   */
  public static TreeHead fromJson(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("it is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    for (String field : new String[] {"treeSize", "rootHash", "sealedAt", "mac"}) {
      if (!node.hasNonNull(field)) {
        throw new IllegalArgumentException("it has no \"" + field + "\"");
      }
    }
    if (!node.get("treeSize").canConvertToLong() || node.get("treeSize").asLong() < 0) {
      throw new IllegalArgumentException("its \"treeSize\" is not a number of events");
    }
    Instant sealedAt;
    try {
      sealedAt = Instant.parse(node.get("sealedAt").asString());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("its \"sealedAt\" is not a UTC time");
    }
    return new TreeHead(
        node.get("treeSize").asLong(),
        node.get("rootHash").asString(),
        sealedAt,
        node.get("mac").asString());
  }
}
