package io.equirl.training.lambda;

import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.SplitMix64;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.training.ConfigOverrides;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.Presets;
import io.equirl.training.QHead;
import java.util.List;

/**
 * Trains the λ-network of λ-equitune on a frozen Q-network (see the package comment for the
 * objective): the off-policy loop ({@link DqnTrainer}) with a head that trains λ only, on fresh
 * experience of the ε-greedy λ-policy. Its hyperparameters are DQN's, from the {@code lambda}
 * preset ({@link Presets#lambda()}); checkpoints, resume, listeners and progress are the loop's.
 */
public final class LambdaTrainer {
  /** Salt of the seed of λ's initialisation and streams. */
  private static final long SALT = 0x6c616d6264614cL;

  private LambdaTrainer() {}

  /**
   * The {@code lambda} preset for {@code steps} env steps and a model trained with discount {@code
   * gamma}, with {@code overrides} ({@code key=value}, DQN's names) on top.
   */
  public static DqnConfig config(long steps, double gamma, List<String> overrides) {
    DqnConfig base =
        ConfigOverrides.apply(Presets.lambda().withBudget(steps), List.of("gamma=" + gamma));
    return ConfigOverrides.apply(base, overrides);
  }

  /**
   * The loop that trains a new λ (100 hidden units, initialised near λ ≡ 1 from {@code seed}) on
   * the frozen {@code q}; it owns λ, not {@code q} or the env.
   *
   * @throws IllegalArgumentException when the env declares no symmetry
   */
  public static DqnTrainer create(DqnConfig config, QNetwork q, Env env, long seed) {
    EnvSymmetry symmetry =
        env.symmetry()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "env " + env.id() + " declares no symmetry; λ-equitune needs one"));
    SplitMix64 master = new SplitMix64(seed ^ SALT);
    LambdaNetwork lambda =
        LambdaNetwork.create(q.featureSize(), LambdaNetwork.DEFAULT_HIDDEN, master.nextSeed());
    LambdaParameters trained = new LambdaParameters(lambda);
    QHead head = new QHead(new LambdaQValues(q, trained, symmetry), trained);
    return DqnTrainer.start(config, env, head, master, false);
  }

  /** A copy of the λ that {@code trainer} (made by {@link #create}) has trained so far. */
  public static LambdaNetwork trained(DqnTrainer trainer) {
    if (!(trainer.head().trained() instanceof LambdaParameters trained)) {
      throw new IllegalArgumentException(
          "not a λ trainer: it trains " + trainer.head().trained().getClass().getSimpleName());
    }
    return trained.lambda().copy();
  }
}
