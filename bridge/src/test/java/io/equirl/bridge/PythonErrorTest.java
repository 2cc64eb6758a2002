package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reading Python's error out of what Py4J hands Java. */
class PythonErrorTest {
  private static final String TRACEBACK =
      """
      Traceback (most recent call last):
        File "/tmp/gym_server.py", line 60, in make
          env = self._gym.make(env_id, **kwargs)
        File "registration.py", line 1, in make
          raise error.NameNotFound(f"Environment `{name}` doesn't exist.")
      gymnasium.error.NameNotFound: Environment `NoSuchEnv` doesn't exist.
      """;

  @Test
  void typeAndMessageFromAProxyError() {
    PythonError e =
        PythonError.fromPy4jMessage(
            "An exception was raised by the Python Proxy. Return Message: " + TRACEBACK);
    assertEquals("gymnasium.error.NameNotFound", e.type());
    assertEquals("Environment `NoSuchEnv` doesn't exist.", e.message());
    assertEquals(
        "gymnasium.error.NameNotFound: Environment `NoSuchEnv` doesn't exist.", e.summary());
  }

  @Test
  void networkErrorsHoldNoPythonError() {
    assertNull(PythonError.fromPy4jMessage("Error while sending a command."));
    assertNull(PythonError.fromPy4jMessage(null));
  }

  @Test
  void bareTypesAndMultiLineMessages() {
    assertEquals(
        "KeyboardInterrupt",
        PythonError.fromTraceback("Traceback (most recent call last):\n  x\nKeyboardInterrupt\n")
            .summary());
    PythonError multi =
        PythonError.fromTraceback(
            "Traceback (most recent call last):\n  x\nValueError: first line\nsecond line\n");
    assertEquals("ValueError", multi.type());
    assertEquals("first line\nsecond line", multi.message());
    assertEquals("", PythonError.fromTraceback("  something odd").type());
  }
}
