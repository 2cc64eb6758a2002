package io.equirl.vision.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;

/**
 * DJL's Adam applied by hand to the parameters that take gradients, after a {@link
 * ai.djl.training.GradientCollector} pass: the loops here train parts of networks (a head, a λ net)
 * while other parts stay frozen, which DJL's {@code Trainer} models less directly.
 */
public final class AdamSteps {
  private final Optimizer adam;

  /** Adam with a fixed learning rate. */
  public AdamSteps(float learningRate) {
    this.adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).build();
  }

  /** One update of each trainable parameter from its gradient, which is then zeroed. */
  public void step(Iterable<Pair<String, Parameter>> parameters) {
    for (Pair<String, Parameter> p : parameters) {
      Parameter parameter = p.getValue();
      if (!parameter.requiresGradient()) {
        continue;
      }
      NDArray grad = parameter.getArray().getGradient();
      adam.update(parameter.getId(), parameter.getArray(), grad);
      grad.muli(0f);
    }
  }
}
