package io.equirl.scan.train;

import io.equirl.scan.model.Seq2Seq;
import io.equirl.scan.train.ScanData.Example;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The reference's training loop at batch 1: sample a pair, toss the teacher-forcing coin, summed
 * NLL, clip encoder and decoder gradient norms separately, Adam. Every {@code evalEvery} iterations
 * it checks validation accuracy, keeps the best model ({@code model.bin}) and writes a checkpoint
 * ({@code checkpoint.bin}); a run started on a folder with a checkpoint continues it exactly, and
 * one that finished returns its result without training. Results go to {@code summary.json} and
 * {@code curve.csv}.
 */
public final class ScanTrainer {
  /** Called after each validation check. */
  @FunctionalInterface
  public interface Listener {
    void checked(int iteration, int total, double validation, double itersPerSecond);
  }

  private final TrainConfig config;
  private final ScanData data;
  private final Seq2Seq initial;
  private final Function<Seq2Seq, Objective> objectives;
  private final Path out;
  private final boolean recordTest;
  private Listener listener = (i, n, v, s) -> {};
  private int stopAfter = Integer.MAX_VALUE;

  /**
   * A run of {@code config} from {@code initial} (not modified), minimising what {@code objectives}
   * makes of the model, writing to {@code out}; {@code recordTest} also puts test accuracy on the
   * curve at each check (for the finetuning figure; never used to choose).
   */
  public ScanTrainer(
      TrainConfig config,
      ScanData data,
      Seq2Seq initial,
      Function<Seq2Seq, Objective> objectives,
      Path out,
      boolean recordTest) {
    if (data.train().isEmpty()) {
      throw new IllegalArgumentException("no training pairs");
    }
    this.config = config;
    this.data = data;
    this.initial = initial;
    this.objectives = objectives;
    this.out = out;
    this.recordTest = recordTest;
  }

  public ScanTrainer listener(Listener l) {
    this.listener = l;
    return this;
  }

  /** Stops (as if killed) after this many iterations in total; for resume tests. */
  ScanTrainer stopAfter(int iterations) {
    this.stopAfter = iterations;
    return this;
  }

  /** Trains (or continues, or reuses) and returns the result; null when stopped early. */
  public ScanResult run() {
    Path checkpoint = out.resolve("checkpoint.bin");
    TrainState s =
        Files.isRegularFile(checkpoint)
            ? TrainState.load(checkpoint, config.fingerprint(), config.learningRate())
            : new TrainState(initial.copy(), config.seed(), config.learningRate());
    Seq2Seq model = s.model;
    Objective objective = objectives.apply(model);
    double[] theta = model.parameters();
    double[] grad = new double[theta.length];
    List<Example> train = data.train();
    if (s.iteration == 0 && recordTest && s.curve.isEmpty()) {
      check(s, objective, 0);
    }
    while (s.iteration < config.iterations()) {
      if (s.iteration >= stopAfter) {
        return null;
      }
      long start = System.nanoTime();
      int every = config.evalEvery() == 0 ? config.iterations() : config.evalEvery();
      int chunkEnd = Math.min(config.iterations(), (s.iteration / every + 1) * every);
      chunkEnd = Math.min(chunkEnd, Math.max(stopAfter, s.iteration + 1));
      while (s.iteration < chunkEnd) {
        Example ex = train.get(s.rng.nextInt(train.size()));
        boolean forced = s.rng.nextDouble() < config.teacherForcing();
        Arrays.fill(grad, 0);
        double loss = objective.lossAndGradient(ex, forced, s.rng, grad);
        Adam.clip(grad, 0, model.encoderSize(), config.clipNorm());
        Adam.clip(grad, model.encoderSize(), grad.length, config.clipNorm());
        s.adam.update(theta, grad);
        s.iteration++;
        s.lossSum += loss / ex.target().length;
        s.lossCount++;
      }
      s.seconds += (System.nanoTime() - start) / 1e9;
      if (config.evalEvery() == 0 && s.iteration == config.iterations()) {
        s.bestTheta = theta.clone(); // no validation: the last model is the result
        s.bestIteration = s.iteration;
        s.bestValidation = Double.NaN;
        ModelFile.write(out.resolve("model.bin"), model);
        s.save(checkpoint, config.fingerprint());
      } else if (s.iteration % every == 0 || s.iteration == config.iterations()) {
        check(s, objective, s.iteration);
        s.save(checkpoint, config.fingerprint());
      }
    }
    return finish(s);
  }

  private void check(TrainState s, Objective objective, int iteration) {
    double validation = Accuracy.of(objective.predictor(), data.validation());
    double test = recordTest ? Accuracy.of(objective.predictor(), data.test()) : Double.NaN;
    double loss = s.lossCount == 0 ? Double.NaN : s.lossSum / s.lossCount;
    s.curve.add(new CurvePoint(iteration, loss, validation, test));
    s.lossSum = 0;
    s.lossCount = 0;
    if (validation > s.bestValidation) {
      s.bestValidation = validation;
      s.bestIteration = iteration;
      s.bestTheta = s.model.parameters().clone();
      Seq2Seq best = s.model.copy();
      ModelFile.write(out.resolve("model.bin"), best);
    }
    writeCurve(s);
    listener.checked(
        iteration, config.iterations(), validation, s.seconds > 0 ? s.iteration / s.seconds : 0);
  }

  private ScanResult finish(TrainState s) {
    Seq2Seq best = s.model.copy();
    System.arraycopy(s.bestTheta, 0, best.parameters(), 0, s.bestTheta.length);
    double test =
        config.evalEvery() == 0
            ? Double.NaN
            : Accuracy.of(objectives.apply(best).predictor(), data.test());
    ScanResult result =
        new ScanResult(
            config,
            s.bestValidation,
            s.bestIteration,
            test,
            s.iteration,
            s.seconds,
            List.copyOf(s.curve));
    try {
      AtomicFiles.writeString(out.resolve("summary.json"), result.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results to " + out, e);
    }
    writeCurve(s);
    return result;
  }

  /** {@code curve.csv}, rewritten at every check so a long run's progress can be read. */
  private void writeCurve(TrainState s) {
    StringBuilder csv = new StringBuilder("iteration,train_loss,validation,test\n");
    for (CurvePoint p : s.curve) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%.6f,%.6f,%s%n",
              p.iteration(),
              p.trainLoss(),
              p.validation(),
              Double.isNaN(p.test()) ? "" : String.format(Locale.ROOT, "%.6f", p.test())));
    }
    try {
      AtomicFiles.writeString(out.resolve("curve.csv"), csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve("curve.csv"), e);
    }
  }
}
