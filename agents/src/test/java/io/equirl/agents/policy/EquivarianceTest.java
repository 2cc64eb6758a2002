package io.equirl.agents.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.agents.net.QNetwork;
import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.BatchModel;
import io.equirl.groups.GroupElement;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision of each equivariant policy commutes with the env's symmetry, {@code act(g·s) =
 * g·act(s)} for every g, on untrained networks and random states; the greedy policy of the same
 * networks breaks it somewhere.
 */
class EquivarianceTest {
  private static final int STATES = 300;

  /** Decisions whose best two values are closer than this may flip with float rounding. */
  private static final float MARGIN = 1e-4f;

  @ParameterizedTest
  @ValueSource(strings = {"cartpole", "acrobot", "gridworld"})
  void equituneIsEquivariant(String env) {
    check(env, PolicyKind.EQUITUNE, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cartpole", "acrobot", "gridworld"})
  void equizeroIsEquivariantWhereTheArgmaxIsUnique(String env) {
    check(env, PolicyKind.EQUIZERO, 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cartpole", "acrobot", "gridworld"})
  void lambdaEquituneIsEquivariant(String env) {
    check(env, PolicyKind.LAMBDA, 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cartpole", "acrobot", "gridworld"})
  void greedyIsNotEquivariant(String env) {
    EnvSymmetry sym = RandomSetup.symmetry(env);
    Random random = new Random(4);
    int violations = 0;
    try (QNetwork q = RandomSetup.network(env, 11)) {
      Policy greedy = Policies.create(PolicyKind.GREEDY, q, sym, null);
      for (int n = 0; n < STATES; n++) {
        float[] s = RandomSetup.state(random, q.observationSize());
        int a = greedy.act(s);
        for (GroupElement g : sym.group().elements()) {
          if (greedy.act(sym.observations().apply(g, s)) != sym.actions().apply(g, a)) {
            violations++;
          }
        }
      }
    }
    assertTrue(violations > 0, "an untrained greedy policy should break the symmetry somewhere");
  }

  private static void check(String env, PolicyKind kind, long seed) {
    EnvSymmetry sym = RandomSetup.symmetry(env);
    Random random = new Random(seed);
    int checked = 0;
    try (QNetwork q = RandomSetup.network(env, seed)) {
      LambdaNetwork lambda = LambdaNetwork.create(q.featureSize(), 100, seed + 100);
      randomiseOutputBias(lambda);
      Policy policy = Policies.create(kind, q, sym, lambda);
      BatchModel model = new QModel(q);
      float[] qs = new float[sym.group().order() * model.outputSize()];
      for (int n = 0; n < STATES; n++) {
        float[] s = RandomSetup.state(random, q.observationSize());
        if (!clearDecision(kind, q, sym, lambda, s, qs)) {
          continue;
        }
        int a = policy.act(s);
        for (GroupElement g : sym.group().elements()) {
          float[] gs = sym.observations().apply(g, s);
          assertEquals(
              sym.actions().apply(g, a),
              policy.act(gs),
              kind + " on " + env + ": act(g·s) != g·act(s) for g = " + g + " at state " + n);
        }
        checked++;
      }
    }
    assertTrue(checked > STATES / 2, "too few clear decisions to test: " + checked);
  }

  /** Spreads λ so the weighting is far from uniform and the test is not equitune's again. */
  private static void randomiseOutputBias(LambdaNetwork lambda) {
    float[][] p = lambda.parameters();
    for (int j = 0; j < p[2].length; j++) {
      p[2][j] *= 8;
    }
    lambda.setParameters(p);
  }

  /** Whether the decision at s has a margin over rounding: unique g* and a clear best action. */
  private static boolean clearDecision(
      PolicyKind kind, QNetwork q, EnvSymmetry sym, LambdaNetwork lambda, float[] s, float[] qs) {
    int order = sym.group().order();
    int m = q.numActions();
    float[] stacked = new float[order * s.length];
    for (GroupElement g : sym.group().elements()) {
      sym.observations().apply(g, s, 0, stacked, g.index() * s.length);
    }
    q.forward(stacked, order, qs);
    if (kind == PolicyKind.EQUIZERO) {
      double[] losses = new double[order];
      for (int g = 0; g < order; g++) {
        losses[g] = io.equirl.groups.ProxyLoss.negativeMaxSoftmax().loss(qs, g * m, m);
      }
      java.util.Arrays.sort(losses);
      if (order > 1 && losses[1] - losses[0] < 1e-6) {
        return false;
      }
      for (int g = 0; g < order; g++) {
        if (!clearMax(qs, g * m, m)) {
          return false;
        }
      }
      return true;
    }
    float[] combined = new float[m];
    BatchModel lam = kind == PolicyKind.LAMBDA ? new LambdaModel(q, lambda) : null;
    float[] w = new float[order];
    if (lam != null) {
      lam.forward(stacked, order, w);
    } else {
      java.util.Arrays.fill(w, 1f);
    }
    float[] back = new float[m];
    for (GroupElement g : sym.group().elements()) {
      sym.actions().apply(g.inverse(), qs, g.index() * m, back, 0);
      for (int j = 0; j < m; j++) {
        combined[j] += w[g.index()] * back[j];
      }
    }
    return clearMax(combined, 0, m);
  }

  private static boolean clearMax(float[] v, int from, int n) {
    float[] copy = java.util.Arrays.copyOfRange(v, from, from + n);
    java.util.Arrays.sort(copy);
    return n < 2 || copy[n - 1] - copy[n - 2] > MARGIN;
  }
}
