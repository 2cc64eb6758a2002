package io.equirl.cli;

import picocli.CommandLine;

/** Reports the project version from the jar manifest, and the engine versions it was built with. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = EquiRl.class.getPackage().getImplementationVersion();
    return new String[] {
      "equirl " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
    };
  }
}
