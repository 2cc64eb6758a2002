package io.equirl.vision.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/** Hand-made IDX files for tests: headers and values written byte by byte. */
public final class IdxFixtures {
  private IdxFixtures() {}

  /** The bytes of an unsigned-byte IDX file with {@code dims} and {@code values}. */
  public static byte[] idx(int[] dims, byte[] values) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeShort(0);
      out.writeByte(0x08);
      out.writeByte(dims.length);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(values);
    }
    return bytes.toByteArray();
  }

  /** Writes {@code content} to {@code file}, gzip-compressed when {@code gzip}. */
  public static Path write(Path file, byte[] content, boolean gzip) throws IOException {
    try (OutputStream out =
        gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(content);
    }
    return file;
  }

  /**
   * Writes a split {@code prefix}-images/labels of {@code n} random 28×28 images with labels {@code
   * i mod 10}, as the Debian package does (gzip).
   */
  public static void split(Path dir, String prefix, int n, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] pixels = new byte[n * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) random.nextInt(256);
    }
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) (i % 10);
    }
    write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), idx(new int[] {n, 28, 28}, pixels), true);
    write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), idx(new int[] {n}, labels), true);
  }
}
