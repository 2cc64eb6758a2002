package io.equirl.vision.equi;

import ai.djl.ndarray.NDArray;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.model.Batches;
import io.equirl.vision.model.ImageClassifier;
import io.equirl.vision.model.SupervisedSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finetunes a wrapped CNN by linear probing of its last two layers (paper D.4, second stage): Adam
 * on the head's parameters through the wrapper, the feature extractor and λ frozen. Evaluates the
 * wrapper on a test set every {@code evalEvery} steps, so the result is a learning curve.
 */
public final class Finetuning {

  /** The finetuned wrappers of the paper's Fig. 5b. */
  public enum Kind {
    EQUITUNE("equitune"),
    EQUIZERO("equizero (straight-through)"),
    LAMBDA_EQUITUNE("λ-equitune");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name in tables and figures. */
    public String label() {
      return label;
    }
  }

  /**
   * One finetuning run.
   *
   * @param steps Adam steps on the head
   * @param batchSize images per step
   * @param learningRate Adam's step size (the paper's 1e-3)
   * @param evalEvery steps between evaluations (and one at step 0)
   */
  public record Config(int steps, int batchSize, float learningRate, int evalEvery) {
    public Config {
      if (steps < 0 || batchSize < 1 || evalEvery < 1 || !(learningRate > 0)) {
        throw new IllegalArgumentException(
            "finetuning needs steps >= 0 and a positive batch"
                + " size, evaluation interval and learning rate, got "
                + this);
      }
    }
  }

  /** Test accuracy after {@code step} finetuning steps. */
  public record Point(int step, double accuracy) {}

  private Finetuning() {}

  /**
   * Finetunes {@code net}'s head in place and returns the curve on {@code test}.
   *
   * @param lambda λ for {@link Kind#LAMBDA_EQUITUNE}, frozen; ignored otherwise
   */
  public static List<Point> run(
      Kind kind,
      ImageClassifier net,
      LambdaNet lambda,
      VisionGroup group,
      ImageSet train,
      ImageSet test,
      Config config,
      long seed) {
    Wrappers probing = Wrappers.probing(net, group);
    Function<NDArray, NDArray> trained =
        switch (kind) {
          case EQUITUNE -> probing.equitune();
          case EQUIZERO -> probing.straightThrough(ProxyLosses.MAX_PROBABILITY);
          case LAMBDA_EQUITUNE -> probing.lambdaEquitune(lambda, false);
        };
    Wrappers frozen = Wrappers.frozen(net, group);
    Function<NDArray, NDArray> evaluated =
        switch (kind) {
          case EQUITUNE -> frozen.equitune();
          case EQUIZERO -> frozen.equizero(ProxyLosses.MAX_PROBABILITY);
          case LAMBDA_EQUITUNE -> frozen.lambdaEquitune(lambda, false);
        };
    SupervisedSteps steps =
        new SupervisedSteps(train, config.batchSize(), seed, config.learningRate());
    List<Point> curve = new ArrayList<>();
    for (int step = 0; step <= config.steps(); step++) {
      if (step % config.evalEvery() == 0 || step == config.steps()) {
        curve.add(new Point(step, Batches.accuracy(net.manager(), evaluated, test, 250)));
      }
      if (step < config.steps()) {
        steps.step(net.manager(), trained, net.headParameters());
      }
    }
    return curve;
  }
}
