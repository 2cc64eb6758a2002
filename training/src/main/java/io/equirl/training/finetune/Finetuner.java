package io.equirl.training.finetune;

import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.SplitMix64;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.training.ConfigOverrides;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.NetworkParameters;
import io.equirl.training.QHead;
import java.util.List;

/**
 * DQN finetuning of a pretrained network through equitune, equizero (straight-through) or
 * λ-equitune: the off-policy loop ({@link DqnTrainer}) with a head whose Q-values are the
 * wrapper's, on the wrapper's target, with experience from the wrapper's ε-greedy policy at a
 * constant {@code exploration_final_eps}. Every other hyperparameter (learning rate, batch, γ,
 * {@code train_freq}, {@code gradient_steps}, target updates, clipping, double DQN) is the
 * pretrained run's. Checkpoints, resume, listeners and progress are the loop's.
 */
public final class Finetuner {
  /** Salt of the finetuning seed, so finetuning with the training seed draws other streams. */
  private static final long SALT = 0x66696e65L;

  private Finetuner() {}

  /**
   * The finetuning config for {@code steps} env steps from the pretrained run's: constant ε at its
   * final value, learning starts scaled down for short runs, progress every 100 steps.
   */
  public static DqnConfig config(DqnConfig pretrained, long steps) {
    return ConfigOverrides.apply(
        pretrained.withBudget(steps),
        List.of(
            "exploration_initial_eps=" + pretrained.explorationFinalEps(),
            "log_interval=100",
            "eval_freq=0"));
  }

  /**
   * The loop that finetunes {@code online} in place through {@code kind}'s wrapper; it owns the
   * target network it creates, not {@code online}, λ or the env.
   *
   * @param config from {@link #config}
   * @param lambda the frozen λ-network, required for {@link PolicyKind#LAMBDA}
   * @throws IllegalArgumentException for the greedy kind, an env without symmetry, or λ missing
   */
  public static DqnTrainer create(
      DqnConfig config,
      PolicyKind kind,
      QNetwork online,
      Env env,
      LambdaNetwork lambda,
      long seed) {
    if (kind == PolicyKind.GREEDY) {
      throw new IllegalArgumentException(
          "policy: finetuning needs an equivariant wrapper"
              + " (equitune, equizero or lambda); plain DQN training is DqnTrainer.create");
    }
    if (kind == PolicyKind.LAMBDA && lambda == null) {
      throw new IllegalArgumentException(
          "policy lambda: the model has no λ-network; train" + " one first (equirl lambda-train)");
    }
    EnvSymmetry symmetry =
        env.symmetry()
            .orElseThrow(
                () -> new IllegalArgumentException("env " + env.id() + " declares no symmetry"));
    QNetwork target = QNetwork.create(online.spec(), 0, online.device());
    target.copyFrom(online);
    QHead head =
        new QHead(
            new WrapperQValues(kind, online, target, symmetry, lambda),
            new NetworkParameters(online, target, false));
    return DqnTrainer.start(config, env, head, new SplitMix64(seed ^ SALT), false);
  }
}
