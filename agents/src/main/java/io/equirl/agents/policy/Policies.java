package io.equirl.agents.policy;

import io.equirl.agents.net.QNetwork;
import io.equirl.envs.EnvSymmetry;

/**
 * Builds the policy of a {@link PolicyKind} on a Q-network.
 *
 * <pre>{@code
 * Policy p = Policies.create(PolicyKind.EQUIZERO, qNetwork, env.symmetry().orElseThrow(), null);
 * int action = p.act(observation);
 * }</pre>
 */
public final class Policies {
  private Policies() {}

  /**
   * A policy reading {@code q} (not owned).
   *
   * @param symmetry the env's symmetry (unused by greedy, which may pass null)
   * @param lambda the trained λ-network, required for {@link PolicyKind#LAMBDA} only
   * @throws IllegalArgumentException when the symmetry or λ a kind needs is missing
   */
  public static AbstractPolicy create(
      PolicyKind kind, QNetwork q, EnvSymmetry symmetry, LambdaNetwork lambda) {
    QModel model = new QModel(q);
    if (kind != PolicyKind.GREEDY && symmetry == null) {
      throw new IllegalArgumentException(
          "policy " + kind + " needs an env that declares a" + " symmetry; this env declares none");
    }
    return switch (kind) {
      case GREEDY -> new GreedyPolicy(model);
      case EQUITUNE -> new EquitunePolicy(model, symmetry);
      case EQUIZERO -> new EquizeroPolicy(model, symmetry);
      case LAMBDA -> {
        if (lambda == null) {
          throw new IllegalArgumentException(
              "policy lambda needs a trained λ-network; run"
                  + " equirl lambda-train --model DIR first");
        }
        yield new LambdaEquitunePolicy(model, new LambdaModel(q, lambda), symmetry);
      }
    };
  }
}
