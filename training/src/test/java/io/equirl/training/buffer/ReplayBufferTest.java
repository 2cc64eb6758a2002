package io.equirl.training.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.agents.net.SplitMix64;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

  /** Transition k: obs (k, -k), action k, reward 10k, next obs (k+0.5, 0); flags from k. */
  private static void add(ReplayBuffer b, int k) {
    b.add(new float[] {k, -k}, k, 10.0 * k, new float[] {k + 0.5f, 0f}, k % 3 == 1, k % 3 == 2);
  }

  private static Map<Integer, Integer> counts(ReplayBuffer b, int draws, long seed) {
    Batch batch = new Batch(draws, 2);
    b.sample(new SplitMix64(seed), batch);
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      int k = batch.actions[i];
      counts.merge(k, 1, Integer::sum);
      // Every field of a row comes from the same transition.
      assertArrayEquals(
          new float[] {k, -k}, java.util.Arrays.copyOfRange(batch.observations, 2 * i, 2 * i + 2));
      assertEquals(k + 0.5f, batch.nextObservations[2 * i]);
      assertEquals(10f * k, batch.rewards[i]);
      assertEquals(k % 3 == 1, batch.terminated[i]);
      assertEquals(k % 3 == 2, batch.truncated[i]);
    }
    return counts;
  }

  @Test
  void samplesOnlyTheFilledPartBeforeWrapping() {
    ReplayBuffer b = new ReplayBuffer(5, 2);
    add(b, 0);
    add(b, 1);
    assertEquals(2, b.size());
    assertEquals(
        Map.of(0, counts(b, 1000, 1).get(0), 1, counts(b, 1000, 1).get(1)), counts(b, 1000, 1));
    assertEquals(2, counts(b, 1000, 1).size());
  }

  @Test
  void wrapsAroundOverwritingTheOldest() {
    ReplayBuffer b = new ReplayBuffer(3, 2);
    for (int k = 0; k < 5; k++) {
      add(b, k);
    }
    assertEquals(3, b.size());
    Map<Integer, Integer> c = counts(b, 3000, 7);
    assertEquals(java.util.Set.of(2, 3, 4), c.keySet());
    // Uniform: each of 3 transitions near 1000 of 3000 draws (binomial sd ≈ 26).
    for (int n : c.values()) {
      assertTrue(Math.abs(n - 1000) < 130, "count " + n);
    }
  }

  @Test
  void terminationAndTruncationAreKeptApart() {
    ReplayBuffer b = new ReplayBuffer(4, 2);
    b.add(new float[] {0, 0}, 0, 0, new float[] {1, 1}, false, true);
    Batch batch = new Batch(1, 2);
    b.sample(new SplitMix64(1), batch);
    assertFalse(batch.terminated[0]);
    assertTrue(batch.truncated[0]);
    // The real next observation is kept at a truncation, not the next episode's first one.
    assertArrayEquals(new float[] {1, 1}, batch.nextObservations);
  }

  @Test
  void writeReadRoundTripKeepsContentAndPosition() throws Exception {
    ReplayBuffer b = new ReplayBuffer(3, 2);
    for (int k = 0; k < 4; k++) {
      add(b, k);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    b.write(new DataOutputStream(bytes));
    ReplayBuffer back = new ReplayBuffer(3, 2);
    back.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), bytes.size());
    assertEquals(counts(b, 500, 3), counts(back, 500, 3));
    add(b, 9);
    add(back, 9);
    assertEquals(counts(b, 500, 4), counts(back, 500, 4));
    assertEquals(java.util.Set.of(2, 3, 9), counts(back, 500, 4).keySet());
  }

  @Test
  void aDamagedHeaderOrLengthIsRefusedBeforeReadingOn() throws Exception {
    ReplayBuffer b = new ReplayBuffer(3, 2);
    add(b, 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.write(new DataOutputStream(out));
    byte[] bytes = out.toByteArray();
    IllegalArgumentException shorter =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReplayBuffer(3, 2).readFrom(in(bytes), bytes.length - 1));
    assertEquals(
        "truncated (expected " + bytes.length + " bytes, found " + (bytes.length - 1) + ")",
        shorter.getMessage());
    bytes[0] = 0x7f;
    IllegalArgumentException header =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReplayBuffer(3, 2).readFrom(in(bytes), bytes.length));
    assertTrue(
        header.getMessage().startsWith("damaged header: it says 2130706435 transitions"),
        header.getMessage());
  }

  @Test
  void aBufferLargerThanTheHeapIsRefusedBeforeAllocating() {
    long transitions = Runtime.getRuntime().maxMemory() / 8;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ReplayBuffer.checkMemory(transitions, 4));
    assertTrue(
        e.getMessage()
            .startsWith("buffer_size: " + transitions + " transitions of 4" + " floats need "),
        e.getMessage());
    ReplayBuffer.checkMemory(1000, 4);
  }

  private static DataInputStream in(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  @Test
  void emptyBufferCannotBeSampled() {
    ReplayBuffer b = new ReplayBuffer(3, 2);
    assertThrows(IllegalStateException.class, () -> b.sample(new SplitMix64(1), new Batch(1, 2)));
  }
}
