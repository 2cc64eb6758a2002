package io.equirl.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of the Python process on a daemon thread and keeps its last bytes, so
 * that the process never blocks on a full pipe and a failure can quote what Python said last.
 * Thread-safe.
 */
final class OutputTail {
  private final byte[] ring;
  private long written;
  private final Thread drainer;

  /** Starts draining {@code in}, keeping the last {@code capacity} bytes. */
  OutputTail(InputStream in, int capacity, String threadName) {
    this.ring = new byte[capacity];
    this.drainer = new Thread(() -> drain(in), threadName);
    drainer.setDaemon(true);
    drainer.start();
  }

  private void drain(InputStream in) {
    byte[] chunk = new byte[4096];
    try (in) {
      for (int n; (n = in.read(chunk)) >= 0; ) {
        append(chunk, n);
      }
    } catch (IOException closed) {
      // The process is gone or the stream was closed: the tail so far is all there is.
    }
  }

  private synchronized void append(byte[] chunk, int n) {
    for (int i = 0; i < n; i++) {
      ring[(int) (written++ % ring.length)] = chunk[i];
    }
  }

  /** Waits up to {@code millis} for the stream to end, so that the tail is complete. */
  void awaitEnd(long millis) {
    try {
      drainer.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The last bytes read, as UTF-8 text starting at a line boundary where possible. */
  synchronized String text() {
    int size = (int) Math.min(written, ring.length);
    byte[] out = new byte[size];
    long start = written - size;
    for (int i = 0; i < size; i++) {
      out[i] = ring[(int) ((start + i) % ring.length)];
    }
    String text = new String(out, StandardCharsets.UTF_8);
    if (written > ring.length) {
      int newline = text.indexOf('\n');
      text = "..." + (newline >= 0 ? text.substring(newline + 1) : text);
    }
    return text.strip();
  }
}
