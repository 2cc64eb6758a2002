package io.equirl.vision.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import io.equirl.vision.data.ImageSet;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Cross-entropy steps over a labelled set in seeded shuffled epochs (a partial last batch is
 * dropped): each step draws the next batch, backpropagates the loss of a logits function and lets
 * Adam update the given parameters. Pretraining, λ training and finetuning differ only in the
 * function and the parameters.
 */
public final class SupervisedSteps {
  private final ImageSet set;
  private final int batchSize;
  private final SplittableRandom random;
  private final AdamSteps adam;
  private final Loss loss = Loss.softmaxCrossEntropyLoss();
  private int[] order;
  private int from;

  /** Steps over {@code set} in batches of {@code batchSize}, shuffled with {@code seed}. */
  public SupervisedSteps(ImageSet set, int batchSize, long seed, float learningRate) {
    if (batchSize > set.size()) {
      throw new IllegalArgumentException(
          "batch size " + batchSize + " exceeds the " + set.size() + " training images");
    }
    this.set = set;
    this.batchSize = batchSize;
    this.random = new SplittableRandom(seed);
    this.adam = new AdamSteps(learningRate);
    this.order = Batches.shuffled(set.size(), random);
  }

  /** Full batches in one pass over the set. */
  public int stepsPerEpoch() {
    return set.size() / batchSize;
  }

  /** One step: {@code logits} on the next batch, backward, Adam on {@code parameters}. */
  public void step(
      NDManager parent,
      Function<NDArray, NDArray> logits,
      Iterable<Pair<String, Parameter>> parameters) {
    if (from + batchSize > set.size()) {
      order = Batches.shuffled(set.size(), random);
      from = 0;
    }
    try (NDManager m = parent.newSubManager();
        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray x = Batches.images(m, set, order, from, batchSize);
      NDArray y = Batches.labels(m, set, order, from, batchSize);
      collector.backward(loss.evaluate(new NDList(y), new NDList(logits.apply(x))));
    }
    adam.step(parameters);
    from += batchSize;
  }
}
