package io.equirl.agents.policy;

import ai.djl.Device;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.groups.BatchModel;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Untrained networks and random states for the policy tests; everything seeded. */
final class RandomSetup {
  static final List<String> ENVS = List.of("cartpole", "acrobot", "gridworld");

  private RandomSetup() {}

  static EnvSymmetry symmetry(String env) {
    try (Env e = Envs.make(env)) {
      return e.symmetry().orElseThrow();
    }
  }

  static QNetwork network(String env, long seed) {
    try (Env e = Envs.make(env)) {
      List<Integer> shape = Arrays.stream(e.observationSpace().shape()).boxed().toList();
      QNetworkSpec spec =
          new QNetworkSpec(Architecture.MLP, shape, e.actionSpace().n(), List.of(64, 64));
      return QNetwork.create(spec, seed, Device.cpu());
    }
  }

  /** Gaussian states: every operator's guarantee holds for any input, not only reachable ones. */
  static float[] state(Random random, int size) {
    float[] s = new float[size];
    for (int i = 0; i < size; i++) {
      s[i] = (float) random.nextGaussian();
    }
    return s;
  }

  /** A model that counts its calls. */
  static final class Counting implements BatchModel {
    final BatchModel inner;
    int calls;

    Counting(BatchModel inner) {
      this.inner = inner;
    }

    @Override
    public int inputSize() {
      return inner.inputSize();
    }

    @Override
    public int outputSize() {
      return inner.outputSize();
    }

    @Override
    public void forward(float[] inputs, int batchSize, float[] outputs) {
      calls++;
      inner.forward(inputs, batchSize, outputs);
    }
  }
}
