package io.equirl.scan.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the published SCAN files under {@code <equirl.shared.dir>/data/scan}, or skips. */
final class SharedScanData {
  private SharedScanData() {}

  static Path file(String name) {
    String shared = System.getProperty("equirl.shared.dir");
    Path dir =
        Path.of(shared == null || shared.isBlank() ? "../../../shared" : shared)
            .resolve("data/scan");
    Path file = dir.resolve(name);
    assumeTrue(
        Files.isRegularFile(file),
        "published SCAN file not found at "
            + file.toAbsolutePath()
            + "; skipping the comparison with it");
    return file;
  }
}
