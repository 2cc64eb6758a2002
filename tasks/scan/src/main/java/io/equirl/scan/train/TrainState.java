package io.equirl.scan.train;

import io.equirl.scan.model.Rng;
import io.equirl.scan.model.Seq2Seq;
import io.equirl.training.store.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run needs to continue exactly where it stopped: iteration, generator state, weights,
 * Adam's moments and step, the best model so far and the curve. Saved atomically as one file.
 */
final class TrainState {
  private static final long MAGIC = 0x5343414E434B5054L; // "SCANCKPT"
  private static final int VERSION = 1;

  final Seq2Seq model;
  final Rng rng;
  final Adam adam;
  int iteration;
  double bestValidation = -1;
  int bestIteration;
  double[] bestTheta;
  double lossSum;
  int lossCount;
  double seconds;
  final List<CurvePoint> curve = new ArrayList<>();

  TrainState(Seq2Seq model, long seed, double learningRate) {
    this.model = model;
    this.rng = new Rng(seed);
    this.adam = new Adam(model.parameters().length, learningRate);
    this.bestTheta = model.parameters().clone();
  }

  void save(Path file, String fingerprint) {
    try {
      AtomicFiles.write(
          file,
          stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            out.writeInt(iteration);
            out.writeLong(rng.state());
            out.writeLong(adam.step);
            ModelFile.write(out, model);
            ModelFile.writeDoubles(out, adam.m);
            ModelFile.writeDoubles(out, adam.v);
            out.writeDouble(bestValidation);
            out.writeInt(bestIteration);
            ModelFile.writeDoubles(out, bestTheta);
            out.writeDouble(lossSum);
            out.writeInt(lossCount);
            out.writeDouble(seconds);
            out.writeInt(curve.size());
            for (CurvePoint p : curve) {
              out.writeInt(p.iteration());
              out.writeDouble(p.trainLoss());
              out.writeDouble(p.validation());
              out.writeDouble(p.test());
            }
            out.flush();
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + file, e);
    }
  }

  /**
   * Reads a checkpoint made with {@code fingerprint}.
   *
   * @throws IllegalArgumentException when it is unreadable or was made with other settings
   */
  static TrainState load(Path file, String fingerprint, double learningRate) {
    try (InputStream stream = new BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
      DataInputStream in = new DataInputStream(stream);
      if (in.readLong() != MAGIC || in.readInt() != VERSION) {
        throw new IllegalArgumentException(file + ": not a SCAN checkpoint of format " + VERSION);
      }
      String made = in.readUTF();
      if (!made.equals(fingerprint)) {
        throw new IllegalArgumentException(
            file + " was made by another run (" + made + "); use a new --out or the same settings");
      }
      int iteration = in.readInt();
      long rngState = in.readLong();
      long adamStep = in.readLong();
      Seq2Seq model = ModelFile.read(in, file.toString());
      TrainState s = new TrainState(model, 0, learningRate);
      s.iteration = iteration;
      s.rng.restore(rngState);
      s.adam.step = adamStep;
      ModelFile.readDoubles(in, s.adam.m, file.toString());
      ModelFile.readDoubles(in, s.adam.v, file.toString());
      s.bestValidation = in.readDouble();
      s.bestIteration = in.readInt();
      ModelFile.readDoubles(in, s.bestTheta, file.toString());
      s.lossSum = in.readDouble();
      s.lossCount = in.readInt();
      s.seconds = in.readDouble();
      int points = in.readInt();
      for (int k = 0; k < points; k++) {
        s.curve.add(
            new CurvePoint(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble()));
      }
      return s;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": unreadable checkpoint (" + e + ")", e);
    }
  }
}
