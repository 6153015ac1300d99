package org.securebase.app.study;

import org.securebase.app.study.StudyDataRepository.Change;

/** Counts what the writes did. */
final class ImportTally {
  int inserted;
  int updated;
  int unchanged;

  void add(Change change) {
    switch (change) {
      case INSERTED -> inserted++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
  }
}
