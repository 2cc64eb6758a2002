package io.equirl.agents.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.equirl.agents.net.QNetwork;
import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.BatchModel;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every policy calls the Q-network once per decision, on all |G| transforms at once. */
class BatchingTest {

  @ParameterizedTest
  @ValueSource(strings = {"cartpole", "gridworld"})
  void oneNetworkCallPerDecision(String env) {
    EnvSymmetry sym = RandomSetup.symmetry(env);
    Random random = new Random(3);
    try (QNetwork q = RandomSetup.network(env, 5)) {
      LambdaNetwork lambdaNet = LambdaNetwork.create(q.featureSize(), 100, 6);
      for (PolicyKind kind : PolicyKind.values()) {
        RandomSetup.Counting model = new RandomSetup.Counting(new QModel(q));
        RandomSetup.Counting lambda = new RandomSetup.Counting(new LambdaModel(q, lambdaNet));
        int[] rows = new int[1];
        BatchModel sized =
            new BatchModel() {
              @Override
              public int inputSize() {
                return model.inputSize();
              }

              @Override
              public int outputSize() {
                return model.outputSize();
              }

              @Override
              public void forward(float[] inputs, int batchSize, float[] outputs) {
                rows[0] = batchSize;
                model.forward(inputs, batchSize, outputs);
              }
            };
        Policy policy =
            switch (kind) {
              case GREEDY -> new GreedyPolicy(sized);
              case EQUITUNE -> new EquitunePolicy(sized, sym);
              case EQUIZERO -> new EquizeroPolicy(sized, sym);
              case LAMBDA -> new LambdaEquitunePolicy(sized, lambda, sym);
            };
        int decisions = 25;
        for (int n = 0; n < decisions; n++) {
          policy.act(RandomSetup.state(random, q.observationSize()));
        }
        assertEquals(decisions, model.calls, kind + ": Q-network calls");
        int expectedRows = kind == PolicyKind.GREEDY ? 1 : sym.group().order();
        assertEquals(expectedRows, rows[0], kind + ": rows per call");
        assertEquals(kind == PolicyKind.LAMBDA ? decisions : 0, lambda.calls, kind + ": λ calls");
      }
    }
  }
}
