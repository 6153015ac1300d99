package org.securebase.app.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a key problem into Spring Boot's plain start-up failure report instead of a stack trace.
 */
class KeyProblemFailureAnalyzer extends AbstractFailureAnalyzer<KeyProblemException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, KeyProblemException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
