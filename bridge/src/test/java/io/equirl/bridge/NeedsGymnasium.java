package io.equirl.bridge;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that drive a real Python: each test is skipped unless Python has gymnasium and
 * py4j, and once the class is done no Python process it started may still be alive.
 */
final class NeedsGymnasium implements BeforeEachCallback, AfterAllCallback {
  @Override
  public void beforeEach(ExtensionContext context) {
    PythonTests.assumeGymnasiumAndPy4j();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    PythonTests.assertNoChildProcesses();
  }
}
