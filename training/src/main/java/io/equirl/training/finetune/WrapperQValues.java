package io.equirl.training.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.policy.LambdaModel;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.Policies;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.agents.policy.QModel;
import io.equirl.envs.EnvSymmetry;
import io.equirl.groups.Equitune;
import io.equirl.groups.Equizero;
import io.equirl.groups.LambdaEquitune;
import io.equirl.groups.ProxyLoss;
import io.equirl.groups.nd.NdAction;
import io.equirl.groups.nd.NdOperators;
import io.equirl.training.OrbitQValues;
import java.util.function.Function;

/**
 * Finetuning's Q-values: equitune's, straight-through equizero's (equizero's value, equitune's
 * gradient, §3.3) or λ-equitune's with a frozen λ, around the online and the target network. Owns
 * neither network nor λ.
 */
final class WrapperQValues extends OrbitQValues {
  private final PolicyKind kind;
  private final QNetwork online;
  private final LambdaNetwork lambda;
  private final NdAction in;
  private final NdAction out;

  WrapperQValues(
      PolicyKind kind,
      QNetwork online,
      QNetwork target,
      EnvSymmetry symmetry,
      LambdaNetwork lambda) {
    super(
        online,
        Policies.create(kind, online, symmetry, lambda),
        arrayOp(kind, online, symmetry, lambda),
        arrayOp(kind, target, symmetry, lambda));
    this.kind = kind;
    this.online = online;
    this.lambda = lambda;
    this.in = NdAction.of(symmetry.observations());
    this.out = NdAction.of(symmetry.actions());
  }

  private static ArrayOp arrayOp(
      PolicyKind kind, QNetwork net, EnvSymmetry symmetry, LambdaNetwork lambda) {
    QModel model = new QModel(net);
    return switch (kind) {
      case EQUITUNE -> new Equitune(model, symmetry.observations(), symmetry.actions())::apply;
      case EQUIZERO ->
          new Equizero(
                  model,
                  symmetry.observations(),
                  symmetry.actions(),
                  ProxyLoss.negativeMaxSoftmax())
              ::apply;
      case LAMBDA ->
          new LambdaEquitune(
                  model, new LambdaModel(net, lambda), symmetry.observations(), symmetry.actions())
              ::apply;
      case GREEDY ->
          throw new IllegalArgumentException(
              "finetuning needs an equivariant" + " wrapper (equitune, equizero or lambda)");
    };
  }

  @Override
  public NDArray trainingValues(NDArray x) {
    Function<NDArray, NDArray> model = s -> online.forward(s, true);
    return switch (kind) {
      case EQUITUNE -> NdOperators.equitune(model, in, out, x);
      case EQUIZERO ->
          NdOperators.straightThrough(model, NdOperators.negativeMaxSoftmax(), in, out, x);
      case LAMBDA -> NdOperators.lambdaEquitune(model, this::frozenLambda, in, out, x);
      case GREEDY -> throw new IllegalStateException("unreachable: refused in the constructor");
    };
  }

  /** λ of the stacked inputs on the online network's features, as a constant (λ is frozen). */
  private NDArray frozenLambda(NDArray stacked) {
    int rows = (int) stacked.getShape().get(0);
    float[] w = new float[rows];
    new LambdaModel(online, lambda).forward(stacked.toFloatArray(), rows, w);
    return stacked.getManager().create(w, new Shape(rows, 1));
  }
}
