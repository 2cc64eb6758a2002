package io.equirl.vision.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One IDX file (the MNIST format: {@code 0x00 0x00}, type byte {@code 0x08} for unsigned bytes, the
 * number of dimensions, each dimension as a big-endian int, then the values), plain or
 * gzip-compressed (recognised by its first two bytes, not its name).
 *
 * @param file where it was read from, for messages
 * @param dims the dimensions, the first being the number of items
 * @param values the unsigned byte values in row-major order
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record IdxFile(Path file, int[] dims, byte[] values) {
  private static final int UNSIGNED_BYTE = 0x08;

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the file when it is missing, has a wrong magic number
   *     or element type, or holds fewer values than its header declares
   */
  public static IdxFile read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such IDX file");
    }
    try (DataInputStream in = new DataInputStream(open(file))) {
      int zero = in.readUnsignedShort();
      int type = in.readUnsignedByte();
      int rank = in.readUnsignedByte();
      if (zero != 0 || type != UNSIGNED_BYTE || rank < 1 || rank > 4) {
        throw new IllegalArgumentException(
            String.format(
                "%s: not an unsigned-byte IDX file (magic 0x%04x%02x%02x, expected 0x000008nn)",
                file, zero, type, rank));
      }
      int[] dims = new int[rank];
      long total = 1;
      for (int d = 0; d < rank; d++) {
        dims[d] = in.readInt();
        if (dims[d] < 0) {
          throw new IllegalArgumentException(file + ": negative dimension " + dims[d]);
        }
        total *= dims[d];
      }
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(file + ": " + total + " values is too many");
      }
      byte[] values = new byte[(int) total];
      int read = in.readNBytes(values, 0, values.length);
      if (read < values.length) {
        throw new IllegalArgumentException(
            file + ": truncated, header declares " + total + " values but the file holds " + read);
      }
      return new IdxFile(file, dims, values);
    } catch (EOFException | NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": truncated IDX header");
    } catch (java.util.zip.ZipException e) {
      throw new IllegalArgumentException(file + ": broken gzip data (" + e.getMessage() + ")");
    }
  }

  /** Number of items (the first dimension). */
  public int count() {
    return dims[0];
  }

  private static InputStream open(Path file) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b0 = raw.read();
    int b1 = raw.read();
    raw.reset();
    return b0 == 0x1f && b1 == 0x8b
        ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16))
        : raw;
  }
}
