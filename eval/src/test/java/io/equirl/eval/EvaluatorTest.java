package io.equirl.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.agents.policy.EquitunePolicy;
import io.equirl.agents.policy.GreedyPolicy;
import io.equirl.agents.policy.Policy;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.groups.BatchModel;
import io.equirl.groups.GroupElement;
import io.equirl.groups.Groups;
import org.junit.jupiter.api.Test;

/**
 * Episodes seen through the flip: an equivariant policy plays the same episodes, a lopsided greedy
 * one does not. Models are plain-Java linear maps, so no native code is needed.
 */
class EvaluatorTest {
  /** Q = W·s + b: balances the pole somewhat, with a bias b towards "left" that breaks the flip. */
  private static final BatchModel LINEAR =
      BatchModel.perRow(
          4,
          2,
          (in, i, out, o) -> {
            float lean = in[i + 2] + 0.5f * in[i + 3] + 0.05f * in[i + 1];
            out[o] = -lean + 0.3f;
            out[o + 1] = lean;
          });

  @Test
  void equivariantPolicyPlaysTheSameEpisodesThroughTheFlip() {
    try (Env env = Envs.make("cartpole")) {
      EnvSymmetry sym = env.symmetry().orElseThrow();
      Policy p = new EquitunePolicy(LINEAR, sym);
      long[] seeds = Evaluator.consecutiveSeeds(100, 5);
      GroupElement flip = sym.group().element("flip");
      EvalResult plain = Evaluator.run(env, p, seeds, sym, null, e -> {});
      EvalResult seen = Evaluator.run(env, p, seeds, sym, flip, e -> {});
      assertArrayEquals(plain.returns(), seen.returns());
      assertEquals("flip", seen.through());
      assertEquals(5, plain.episodes());
      assertArrayEquals(seeds, plain.seeds());
      for (int i = 0; i < 5; i++) {
        assertEquals(plain.returns()[i], plain.lengths()[i], "CartPole pays 1 per step");
      }
    }
  }

  @Test
  void lopsidedGreedyPolicyDoesNot() {
    try (Env env = Envs.make("cartpole")) {
      EnvSymmetry sym = env.symmetry().orElseThrow();
      Policy p = new GreedyPolicy(LINEAR);
      long[] seeds = Evaluator.consecutiveSeeds(100, 5);
      EvalResult plain = Evaluator.run(env, p, seeds, sym, null, e -> {});
      EvalResult seen = Evaluator.run(env, p, seeds, sym, sym.group().element("flip"), e -> {});
      assertTrue(
          !java.util.Arrays.equals(plain.returns(), seen.returns()),
          "greedy should notice the flip");
    }
  }

  @Test
  void elementOfAnotherGroupIsRefused() {
    try (Env env = Envs.make("cartpole")) {
      EnvSymmetry sym = env.symmetry().orElseThrow();
      Policy p = new GreedyPolicy(LINEAR);
      GroupElement r = Groups.cyclic(4).element("r");
      assertThrows(
          IllegalArgumentException.class,
          () -> Evaluator.run(env, p, new long[] {1}, sym, r, e -> {}));
    }
  }
}
