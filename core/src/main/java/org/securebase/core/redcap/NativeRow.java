package org.securebase.core.redcap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row translated into one of SecureBase's own study file kinds (dictionary, waves, participants,
 * values), in column order, keeping the line of the REDCap file it came from so that the study
 * import's checks name the row the researcher sees.
 */
public record NativeRow(int line, Map<String, String> cells) {

  public NativeRow {
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }
}
