package io.equirl.agents.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.modality.rl.ActionSpace;
import ai.djl.modality.rl.agent.RlAgent;
import ai.djl.modality.rl.env.RlEnv;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.equirl.agents.net.QNetwork;
import io.equirl.envs.EnvSymmetry;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Through DJL's RlAgent seam, a policy picks the action-space entry of its own decision. */
class RlAgentTest {

  /** An RlEnv that shows one fixed observation and lists the actions 0..n-1 in order. */
  private static RlEnv envShowing(NDManager m, float[] observation, int actions) {
    ActionSpace space = new ActionSpace();
    for (int a = 0; a < actions; a++) {
      space.add(new NDList(m.create(new int[] {a})));
    }
    return new RlEnv() {
      @Override
      public void reset() {}

      @Override
      public NDList getObservation() {
        return new NDList(m.create(observation));
      }

      @Override
      public ActionSpace getActionSpace() {
        return space;
      }

      @Override
      public Step step(NDList action, boolean training) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Step[] getBatch() {
        return new Step[0];
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void chooseActionReturnsThePolicysDecision() {
    EnvSymmetry sym = RandomSetup.symmetry("acrobot");
    Random random = new Random(8);
    try (QNetwork q = RandomSetup.network("acrobot", 8);
        NDManager m = NDManager.newBaseManager()) {
      for (PolicyKind kind : new PolicyKind[] {PolicyKind.GREEDY, PolicyKind.EQUIZERO}) {
        AbstractPolicy policy = Policies.create(kind, q, sym, null);
        RlAgent agent = policy;
        for (int n = 0; n < 20; n++) {
          float[] s = RandomSetup.state(random, q.observationSize());
          NDList chosen = agent.chooseAction(envShowing(m, s, 3), false);
          assertEquals(policy.act(s), chosen.singletonOrThrow().toIntArray()[0], kind.cliName());
        }
        assertThrows(
            UnsupportedOperationException.class, () -> agent.trainBatch(new RlEnv.Step[0]));
      }
    }
  }
}
