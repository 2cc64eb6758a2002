package io.equirl.agents.net;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.List;

/**
 * PyTorch's default initialisation of {@code nn.Linear} and {@code nn.Conv2d}, drawn from our own
 * generator (so the same seed gives the same network whatever the engine's state).
 */
final class TorchInit {
  private TorchInit() {}

  /** Initial values of {@code params} (weight then bias, layer by layer) drawn from {@code rng}. */
  static float[][] values(List<Parameter> params, SplitMix64 rng) {
    float[][] init = new float[params.size()][];
    float bound = 0f;
    for (int i = 0; i < params.size(); i++) {
      Shape shape = params.get(i).getArray().getShape();
      init[i] = new float[Math.toIntExact(shape.size())];
      if (shape.dimension() > 1) {
        // PyTorch: kaiming_uniform(a=√5) on the weight and U(±1/√fan_in) on the bias reduce
        // to the same bound 1/√fan_in, fan_in = size / out.
        bound = (float) (1.0 / Math.sqrt((double) shape.size() / shape.get(0)));
      }
      for (int k = 0; k < init[i].length; k++) {
        init[i][k] = (float) ((2 * rng.nextDouble() - 1) * bound);
      }
    }
    return init;
  }
}
