package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Python runs, and the options' validation. */
class BridgeOptionsTest {

  @Test
  void pythonComesFromTheOptionThenTheVariableThenPython3() {
    assertEquals("/opt/py", BridgeOptions.resolvePython("/opt/py", "/usr/bin/python3.12"));
    assertEquals("/usr/bin/python3.12", BridgeOptions.resolvePython(null, "/usr/bin/python3.12"));
    assertEquals("python3", BridgeOptions.resolvePython(null, null));
    assertEquals("python3", BridgeOptions.resolvePython(null, "  "));
    assertEquals("/opt/py", BridgeOptions.defaults().withPython("/opt/py").resolvedPython());
  }

  @Test
  void environmentAccumulates() {
    BridgeOptions options =
        BridgeOptions.defaults()
            .withEnvironment("A", "1")
            .withEnvironment("B", "2")
            .withEnvironment("A", "3");
    assertEquals(Map.of("A", "3", "B", "2"), options.environment());
  }

  @Test
  void badValuesAreRefused() {
    BridgeOptions d = BridgeOptions.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withPython(" "));
    assertThrows(IllegalArgumentException.class, () -> d.withCallTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> d.withStartTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> d.withCallTimeout(Duration.ofDays(30)));
  }
}
