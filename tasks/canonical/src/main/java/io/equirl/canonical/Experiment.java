package io.equirl.canonical;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 13: every {@link Variant} trained from each seed and tested on held-out data. Seed {@code
 * s} draws its own training and test sets, shared by all variants so rows differ only in the model.
 * The canonicalizer is the direction of {@code x1 + x2}.
 *
 * @param variants the rows, in order
 * @param seeds the seeds, each a full repetition
 * @param trainSize training samples per seed (paper: 10,000)
 * @param testSize test samples per seed (paper: 10,000)
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record Experiment(
    List<Variant> variants, long[] seeds, int trainSize, int testSize, Trainer.Config training) {

  public Experiment {
    variants = List.copyOf(variants);
    seeds = seeds.clone();
    if (variants.isEmpty() || seeds.length == 0) {
      throw new IllegalArgumentException("an experiment needs at least one variant and one seed");
    }
    if (trainSize < 1 || testSize < 1) {
      throw new IllegalArgumentException(
          "train and test sizes must be >= 1, got " + trainSize + " and " + testSize);
    }
  }

  /** The paper's setup over seeds {@code 0..seeds-1}. */
  public static Experiment paper(int seeds) {
    return new Experiment(
        Variant.table13(), consecutive(seeds), 10_000, 10_000, Trainer.Config.paper());
  }

  /** Seeds {@code 0..count-1}. */
  public static long[] consecutive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("need at least one seed, got " + count);
    }
    long[] seeds = new long[count];
    for (int i = 0; i < count; i++) {
      seeds[i] = i;
    }
    return seeds;
  }

  @Override
  public long[] seeds() {
    return seeds.clone();
  }

  /** Hears each trained model: variant, seed, its test MSE. */
  @FunctionalInterface
  public interface Listener {
    void trained(Variant variant, long seed, double testMse);
  }

  /** Trains and tests every variant from every seed. */
  public Table13 run(Listener listener) {
    double[][] mse = new double[variants.size()][seeds.length];
    long[] parameters = new long[variants.size()];
    for (int s = 0; s < seeds.length; s++) {
      Dataset train = Dataset.sample(trainSize, 2 * seeds[s]);
      Dataset test = Dataset.sample(testSize, 2 * seeds[s] + 1);
      for (int v = 0; v < variants.size(); v++) {
        try (CanonicalNet net =
            Trainer.train(variants.get(v), train, training, seeds[s], epoch -> {})) {
          mse[v][s] = net.meanSquaredError(test);
          parameters[v] = net.parameterCount();
        }
        listener.trained(variants.get(v), seeds[s], mse[v][s]);
      }
    }
    List<Table13.Row> rows = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) {
      rows.add(new Table13.Row(variants.get(v), parameters[v], mse[v]));
    }
    return new Table13(rows, seeds, this);
  }
}
