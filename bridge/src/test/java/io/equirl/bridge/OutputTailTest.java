package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stderr tail keeps the last bytes, cut at a line boundary. */
class OutputTailTest {

  private static OutputTail drained(String text, int capacity) {
    OutputTail tail =
        new OutputTail(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), capacity, "test-tail");
    tail.awaitEnd(5_000);
    return tail;
  }

  @Test
  void shortOutputIsKeptWhole() {
    assertEquals("one\ntwo", drained("one\ntwo\n", 64).text());
  }

  @Test
  void longOutputKeepsItsLastWholeLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("line ").append(i).append('\n');
    }
    assertEquals("...line 98\nline 99", drained(text.toString(), 20).text());
  }
}
