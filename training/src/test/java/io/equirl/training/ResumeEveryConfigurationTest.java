package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.training.finetune.Finetuner;
import io.equirl.training.lambda.LambdaTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every configuration of the one loop (DQN, finetuning through equizero, λ training) stopped
 * mid-episode, checkpointed, and resumed in a fresh trainer ends exactly as an uninterrupted run:
 * the same trained parameters and the same progress rows.
 */
class ResumeEveryConfigurationTest {
  private static final DqnConfig SMALL =
      ConfigOverrides.apply(
          DqnConfig.sb3Defaults(),
          List.of(
              "total_timesteps=400",
              "learning_starts=50",
              "train_freq=4",
              "gradient_steps=2",
              "batch_size=16",
              "target_update_interval=30",
              "net_arch=[16, 16]",
              "learning_rate=1e-3",
              "log_interval=50",
              "exploration_fraction=0.5",
              "exploration_final_eps=0.1"));
  private static final QNetworkSpec SPEC =
      new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(16, 16));
  private static final long STOP = 233;

  @TempDir Path tmp;

  /** Makes the trainer of one configuration on a network it may train and an env. */
  private static BiFunction<QNetwork, Env, DqnTrainer> configuration(String name) {
    return switch (name) {
      case "dqn" -> (q, env) -> DqnTrainer.create(SMALL, env, 4, Device.cpu());
      case "finetune" ->
          (q, env) ->
              Finetuner.create(Finetuner.config(SMALL, 400), PolicyKind.EQUIZERO, q, env, null, 4);
      case "lambda" ->
          (q, env) ->
              LambdaTrainer.create(
                  LambdaTrainer.config(400, 0.99, List.of("batch_size=16", "learning_starts=50")),
                  q,
                  env,
                  4);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  private record Outcome(float[][] parameters, List<String> rows) {}

  private Outcome run(String name, boolean interrupted) throws Exception {
    BiFunction<QNetwork, Env, DqnTrainer> make = configuration(name);
    RunDirectory dir = RunDirectory.of(tmp.resolve(name + "-" + interrupted));
    Path checkpoint = null;
    if (interrupted) {
      try (QNetwork q = QNetwork.create(SPEC, 1, Device.cpu());
          Env env = Envs.make("cartpole");
          DqnTrainer t = make.apply(q, env)) {
        t.run(
            new TrainingListener() {
              @Override
              public boolean onStep(DqnTrainer trainer) {
                return trainer.numTimesteps() < STOP;
              }
            });
        checkpoint = t.checkpoint(dir);
      }
    }
    try (QNetwork q = QNetwork.create(SPEC, 1, Device.cpu());
        Env env = Envs.make("cartpole");
        DqnTrainer t = make.apply(q, env)) {
      if (checkpoint != null) {
        t.restore(checkpoint);
        assertEquals(STOP, t.numTimesteps());
      }
      t.run(new TrainingListener() {});
      return new Outcome(
          t.head().trained().parameters(),
          t.rows().stream().map(ProgressRow::deterministicPart).toList());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dqn", "finetune", "lambda"})
  void stoppedCheckpointedAndResumedEndsAsAnUninterruptedRun(String name) throws Exception {
    Outcome straight = run(name, false);
    Outcome resumed = run(name, true);
    assertEquals(straight.rows(), resumed.rows());
    for (int i = 0; i < straight.parameters().length; i++) {
      assertArrayEquals(straight.parameters()[i], resumed.parameters()[i], "parameter " + i);
    }
  }
}
