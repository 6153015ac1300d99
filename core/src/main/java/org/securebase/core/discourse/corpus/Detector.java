package org.securebase.core.discourse.corpus;

import java.util.List;
import org.securebase.core.discourse.Indicator;
import org.securebase.core.transcript.Transcript;

/**
 * A method that finds indicator spans in a transcript: the discourse engine, or the dictionary
 * baseline. Implementations must be thread-safe.
 */
public interface Detector {

  /** A name for reports, with the version of what ran. */
  String name();

  /** Every indicator found, with offsets into {@code transcript.text()}. */
  List<Indicator> find(Transcript transcript);
}
