package org.securebase.app;

import picocli.CommandLine;

/**
 * Reports the version Maven wrote into the jar manifest, or "development" when run from classes.
 */
class SecureBaseVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SecureBaseVersion.class.getPackage().getImplementationVersion();
    return new String[] {"securebase " + (version == null ? "development" : version)};
  }
}
