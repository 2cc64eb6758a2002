package io.equirl.canonical;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Trains a {@link CanonicalNet} by mean squared error with Adam, shuffling the training set every
 * epoch. Deterministic for a seed on the CPU. One at a time per JVM: DJL allows one gradient
 * collector.
 */
public final class Trainer {

  /**
   * A trainer with the paper's optimiser settings given explicitly.
   *
   * @param epochs passes over the training set
   * @param batchSize rows per gradient step
   * @param learningRate Adam's step size
   */
  public record Config(int epochs, int batchSize, double learningRate) {
    public Config {
      if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
        throw new IllegalArgumentException(
            "epochs and batch size must be >= 1 and the learning "
                + "rate > 0, got "
                + epochs
                + ", "
                + batchSize
                + ", "
                + learningRate);
      }
    }

    /** The paper's settings: 100 epochs, batch 500, learning rate 5e-3. */
    public static Config paper() {
      return new Config(100, 500, 5e-3);
    }
  }

  private Trainer() {}

  /**
   * A model of {@code variant} trained on {@code data} from {@code seed} (initialisation and
   * shuffling); {@code epochDone} hears each finished epoch (1-based). The caller closes it.
   */
  public static CanonicalNet train(
      Variant variant, Dataset data, Config config, long seed, IntConsumer epochDone) {
    CanonicalNet net = CanonicalNet.create(variant, seed);
    try {
      run(net, data, config, new SplittableRandom(seed ^ 0x5eed5eedL), epochDone);
      return net;
    } catch (RuntimeException e) {
      net.close();
      throw e;
    }
  }

  private static void run(
      CanonicalNet net, Dataset data, Config config, SplittableRandom rng, IntConsumer epochDone) {
    Adam adam =
        Adam.builder().optLearningRateTracker(Tracker.fixed((float) config.learningRate())).build();
    NDList params = net.parameters();
    int n = data.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] x = new float[config.batchSize() * Dataset.INPUT_SIZE];
    float[] y = new float[config.batchSize()];
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      shuffle(order, rng);
      for (int from = 0; from < n; from += config.batchSize()) {
        int batch = Math.min(config.batchSize(), n - from);
        for (int b = 0; b < batch; b++) {
          int row = order[from + b];
          System.arraycopy(
              data.x(), row * Dataset.INPUT_SIZE, x, b * Dataset.INPUT_SIZE, Dataset.INPUT_SIZE);
          y[b] = data.y()[row];
        }
        step(net, adam, params, x, y, batch);
      }
      epochDone.accept(epoch);
    }
  }

  private static void step(
      CanonicalNet net, Adam adam, NDList params, float[] x, float[] y, int batch) {
    float[] stacked = net.stack(x, batch);
    try (NDManager scope = net.manager().newSubManager()) {
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray prediction = net.forward(scope, stacked, batch);
        NDArray target = scope.create(java.util.Arrays.copyOf(y, batch));
        collector.backward(prediction.sub(target).square().mean());
      }
      for (int i = 0; i < params.size(); i++) {
        NDArray weight = params.get(i);
        NDArray grad = weight.getGradient();
        grad.attach(scope);
        adam.update("p" + i, weight, grad);
        grad.muli(0f); // PyTorch accumulates into .grad: zero it for the next step
      }
    }
  }

  private static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
