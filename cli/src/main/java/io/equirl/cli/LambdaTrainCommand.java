package io.equirl.cli;

import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.training.TrainedModel;
import io.equirl.training.TrainingRun;
import io.equirl.training.lambda.LambdaFiles;
import io.equirl.training.lambda.LambdaTrainConfig;
import io.equirl.training.lambda.LambdaTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl lambda-train}: trains λ of λ-equitune on a frozen trained model and saves it
 * beside the model ({@code lambda.params}, {@code lambda.json}).
 */
@Command(name = "lambda-train", mixinStandardHelpOptions = true,
    description = "Train the λ-network of λ-equitune on a frozen trained Q-network.",
    footer = {"",
        "λ is two layers (100 hidden units, ReLU, softplus + 1e-3 output) on the frozen Q-network's",
        "penultimate features of g·s, initialised so that λ ≈ 1 (equitune). It is trained on the",
        "Huber TD loss of Q_λ(s) = Σ_g λ(g·s) g⁻¹·Q(g·s) / Σ_g λ(g·s) against",
        "r + γ·max_a Q_λ⁻(s')_a (γ of the model; λ⁻ a copy of λ refreshed every 1000 steps), on",
        "fresh experience of the ε-greedy λ-policy: Adam, batch 64, one gradient step every 4 env",
        "steps after 1000 (or steps/10 if fewer), gradients clipped to norm 10. The Q-network",
        "never changes. Writes DIR/lambda.params and DIR/lambda.json."})
final class LambdaTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "Model directory (equirl train --out).")
  Path model;

  @Option(names = "--steps", defaultValue = "10000",
      description = "Env steps of fresh experience (default: ${DEFAULT-VALUE}).")
  long steps;

  @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--epsilon", defaultValue = "0.05",
      description = "Exploration while collecting (default: ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--seed", description = "Seed (default: the model's training seed).")
  Long seed;

  @Override
  public Integer call() throws Exception {
    TrainingRun.configureThreads(1);
    PrintWriter out = spec.commandLine().getOut();
    try (TrainedModel m = TrainedModel.load(model); Env env = Envs.make(m.env())) {
      LambdaTrainConfig d = LambdaTrainConfig.defaults(seed == null ? m.seed() : seed)
          .withSteps(steps);
      LambdaTrainConfig config = new LambdaTrainConfig(d.steps(), learningRate, d.batchSize(),
          epsilon, d.learningStarts(), d.trainFreq(), d.targetUpdateInterval(), d.maxGradNorm(),
          d.hidden(), d.seed());
      LambdaTrainer trainer = new LambdaTrainer(config, m.network(), env, m.config().gamma());
      LambdaTrainer.Progress[] last = new LambdaTrainer.Progress[1];
      LambdaNetwork lambda;
      try (ProgressBar bar = Bars.open("lambda-train", config.steps())) {
        lambda = trainer.run(p -> {
          last[0] = p;
          bar.stepTo(p.step());
          bar.setExtraMessage(String.format(Locale.ROOT, " return %.1f loss %.4f",
              p.meanReturn(), p.meanLoss()));
        });
      }
      LambdaFiles.save(model, lambda, config, last[0]);
      out.printf(Locale.ROOT, "λ trained for %d steps (%d episodes, mean return of the last 100:"
          + " %.2f); wrote %s%n", last[0].step(), last[0].episodes(), last[0].meanReturn(),
          model.resolve(LambdaFiles.PARAMS));
    }
    out.flush();
    return 0;
  }
}
