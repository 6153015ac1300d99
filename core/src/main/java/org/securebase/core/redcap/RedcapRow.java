package org.securebase.core.redcap;

import java.util.List;

/** One record of a CSV file as read: the line it starts on (the header is line 1) and its cells. */
public record RedcapRow(int line, List<String> cells) {

  public RedcapRow {
    cells = List.copyOf(cells);
  }
}
