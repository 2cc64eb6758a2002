package io.equirl.training.lambda;

import ai.djl.ndarray.NDArray;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.LambdaEquitunePolicy;
import io.equirl.agents.policy.LambdaModel;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.QModel;
import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.LambdaEquitune;
import io.equirl.groups.nd.NdAction;
import io.equirl.groups.nd.NdOperators;
import io.equirl.training.OrbitQValues;

/**
 * λ training's Q-values: λ-equitune's around a frozen Q-network, weighted by λ (online) or λ⁻
 * (target). The gradient form runs {@code NdOperators.lambdaEquitune} with the Q-network's outputs
 * and features detached, so only λ's DJL twin gets gradients. Owns nothing.
 */
final class LambdaQValues extends OrbitQValues {
  private final QNetwork q;
  private final LambdaBlock block;
  private final NdAction in;
  private final NdAction out;

  LambdaQValues(QNetwork q, LambdaParameters trained, EnvSymmetry symmetry) {
    super(
        q,
        new LambdaEquitunePolicy(new QModel(q), new LambdaModel(q, trained.lambda()), symmetry),
        op(q, trained.lambda(), symmetry),
        op(q, trained.lambdaTarget(), symmetry));
    this.q = q;
    this.block = trained.block();
    this.in = NdAction.of(symmetry.observations());
    this.out = NdAction.of(symmetry.actions());
  }

  private static ArrayOp op(QNetwork q, LambdaNetwork lambda, EnvSymmetry symmetry) {
    return new LambdaEquitune(
            new QModel(q), new LambdaModel(q, lambda), symmetry.observations(), symmetry.actions())
        ::apply;
  }

  @Override
  public NDArray trainingValues(NDArray x) {
    return NdOperators.lambdaEquitune(
        s -> q.forward(s, false).stopGradient(),
        s -> block.forward(q.features(s, false).stopGradient()),
        in,
        out,
        x);
  }
}
