package io.equirl.cli;

import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.ProgressRow;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainedModel;
import io.equirl.training.TrainingRun;
import io.equirl.training.lambda.LambdaFiles;
import io.equirl.training.lambda.LambdaTrainer;
import io.equirl.training.store.RunLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl lambda-train}: trains λ of λ-equitune on a frozen trained model and saves it beside
 * the model ({@code lambda.params}, {@code lambda.json}).
 */
@Command(
    name = "lambda-train",
    mixinStandardHelpOptions = true,
    description = "Train the λ-network of λ-equitune on a frozen trained Q-network.",
    footer = {
      "",
      "λ is two layers (100 hidden units, ReLU, softplus + 1e-3 output) on the frozen Q-network's",
      "penultimate features of g·s, initialised so that λ ≈ 1 (equitune). It is trained on the",
      "Huber TD loss of Q_λ(s) = Σ_g λ(g·s) g⁻¹·Q(g·s) / Σ_g λ(g·s) against",
      "r + γ·max_a Q_λ⁻(s')_a (γ of the model; λ⁻ a copy of λ refreshed every 1000 steps), on",
      "fresh experience of the ε-greedy λ-policy: Adam, batch 64, one gradient step every 4 env",
      "steps after 1000 (or steps/10 if fewer), gradients clipped to norm 10. The Q-network",
      "never changes. Writes DIR/lambda.params and DIR/lambda.json."
    })
final class LambdaTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "Model directory (equirl train --out).")
  Path model;

  @Option(
      names = "--steps",
      defaultValue = "10000",
      description = "Env steps of fresh experience (default: ${DEFAULT-VALUE}).")
  long steps;

  @Option(
      names = "--lr",
      defaultValue = "1e-3",
      description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(
      names = "--epsilon",
      defaultValue = "0.05",
      description = "Exploration while collecting (default: ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--seed", description = "Seed (default: the model's training seed).")
  Long seed;

  @Override
  public Integer call() throws Exception {
    TrainingRun.configureThreads(1);
    PrintWriter out = spec.commandLine().getOut();
    try (TrainedModel m = TrainedModel.load(model);
        Env env = Envs.make(m.env());
        RunLock lock = RunDirectory.of(model).lock()) {
      DqnConfig config =
          LambdaTrainer.config(
              steps,
              m.config().gamma(),
              List.of(
                  "learning_rate=" + learningRate,
                  "exploration_initial_eps=" + epsilon,
                  "exploration_final_eps=" + epsilon));
      ProgressRow last;
      LambdaNetwork lambda;
      try (DqnTrainer trainer =
              LambdaTrainer.create(config, m.network(), env, seed == null ? m.seed() : seed);
          ProgressBar bar = Bars.open("lambda-train", config.totalTimesteps())) {
        trainer.run(Bars.following(bar));
        last = trainer.rows().get(trainer.rows().size() - 1);
        lambda = LambdaTrainer.trained(trainer);
      }
      LambdaFiles.save(model, lambda, config, last);
      out.printf(
          Locale.ROOT,
          "λ trained for %d steps (%d episodes, mean return of the last 100:"
              + " %.2f); wrote %s%n",
          last.step(),
          last.episodes(),
          last.meanReturn(),
          RunDirectory.of(model).file(RunDirectory.LAMBDA_PARAMS));
    }
    out.flush();
    return 0;
  }
}
