package org.securebase.app.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.Item;
import org.securebase.core.measure.ResponseScale;
import org.securebase.core.measure.Target;

/**
 * One question as a form or an item table shows it: the answer key, the text (licensed wording
 * where present, else the neutral label), the options and any answer.
 */
public record ItemView(
    String key,
    String fieldId,
    int number,
    String targetLabel,
    String text,
    boolean wordingShown,
    List<Option> options,
    boolean compact,
    String anchorHint,
    Integer answer) {

  /**
   * One point of the answer scale.
   *
   * @param anchor the anchor text of the point, or null
   */
  public record Option(int value, String label, String anchor) {}

  /** A group of questions under one heading (one per relationship target for ECR-RS). */
  public record Group(String heading, List<ItemView> items) {}

  static List<Group> groups(
      Instrument instrument, List<String> order, Map<String, Integer> answers) {
    List<Group> groups = new ArrayList<>();
    String currentTarget = null;
    List<ItemView> current = new ArrayList<>();
    int number = 0;
    for (String key : order) {
      String targetId = null;
      String itemId = key;
      if (instrument.isTargeted()) {
        int dot = key.indexOf(Instrument.TARGET_SEPARATOR);
        targetId = key.substring(0, dot);
        itemId = key.substring(dot + 1);
      }
      Item item = instrument.item(itemId).orElseThrow();
      String tid = targetId;
      String targetLabel =
          tid == null
              ? null
              : instrument.targets().stream()
                  .filter(t -> t.id().equals(tid))
                  .map(Target::label)
                  .findFirst()
                  .orElse(tid);
      if (!current.isEmpty() && !java.util.Objects.equals(currentTarget, targetLabel)) {
        groups.add(new Group(currentTarget, List.copyOf(current)));
        current.clear();
        number = 0;
      }
      currentTarget = targetLabel;
      number++;
      ResponseScale scale = instrument.scaleOf(item);
      List<Option> options = new ArrayList<>();
      for (int v = scale.min(); v <= scale.max(); v++) {
        String anchor = scale.anchors().get(v);
        options.add(new Option(v, anchor == null ? String.valueOf(v) : v + " " + anchor, anchor));
      }
      // Long scales (1-7) show numbers in one row on a phone, with the anchors named once above
      // them; every radio still carries its anchor text for screen readers.
      boolean compact = options.size() > 5;
      String hint =
          scale.anchors().entrySet().stream()
              .sorted(java.util.Map.Entry.comparingByKey())
              .map(e -> e.getKey() + " = " + e.getValue())
              .collect(java.util.stream.Collectors.joining(", "));
      current.add(
          new ItemView(
              key,
              "q-" + key.replace('.', '-'),
              number,
              targetLabel,
              item.hasWording() ? item.wording() : item.label(),
              item.hasWording(),
              List.copyOf(options),
              compact,
              hint,
              answers == null ? null : answers.get(key)));
    }
    if (!current.isEmpty()) {
      groups.add(new Group(currentTarget, List.copyOf(current)));
    }
    return groups;
  }
}
