package io.equirl.scan.train;

import io.equirl.scan.model.CellType;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.training.store.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model's shape and weights in a small binary file: magic, format version, cell, sizes, dropout,
 * then the weights as big-endian doubles. Same weights, same bytes.
 */
public final class ModelFile {
  private static final long MAGIC = 0x5343414E4D444C00L; // "SCANMDL\0"
  private static final int VERSION = 1;

  private ModelFile() {}

  /** Writes {@code model} to {@code file} atomically. */
  public static void write(Path file, Seq2Seq model) {
    try {
      AtomicFiles.write(file, out -> write(out, model));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static void write(OutputStream stream, Seq2Seq model) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeLong(MAGIC);
    out.writeInt(VERSION);
    out.writeUTF(model.cellType().id());
    out.writeInt(model.hidden());
    out.writeInt(model.inputVocabulary());
    out.writeInt(model.outputVocabulary());
    out.writeDouble(model.dropout());
    writeDoubles(out, model.parameters());
    out.flush();
  }

  /**
   * Reads a model.
   *
   * @throws IllegalArgumentException when the file is missing or not a SCAN model file
   */
  public static Seq2Seq read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("model file not found: " + file);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(new DataInputStream(in), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a readable SCAN model (" + e + ")", e);
    }
  }

  static Seq2Seq read(DataInputStream in, String name) throws IOException {
    if (in.readLong() != MAGIC) {
      throw new IllegalArgumentException(name + ": not a SCAN model file");
    }
    int version = in.readInt();
    switch (version) {
      case 1 -> {
        CellType cell = CellType.parse(in.readUTF());
        Seq2Seq model =
            new Seq2Seq(cell, in.readInt(), in.readInt(), in.readInt(), in.readDouble());
        readDoubles(in, model.parameters(), name);
        return model;
      }
      default ->
          throw new IllegalArgumentException(
              name
                  + ": SCAN model format "
                  + version
                  + " is newer than this program reads ("
                  + VERSION
                  + ")");
    }
  }

  static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double v : values) {
      out.writeDouble(v);
    }
  }

  static void readDoubles(DataInputStream in, double[] into, String name) throws IOException {
    int n = in.readInt();
    if (n != into.length) {
      throw new IllegalArgumentException(
          name + ": " + n + " values where " + into.length + " were expected");
    }
    for (int k = 0; k < n; k++) {
      into[k] = in.readDouble();
    }
  }
}
