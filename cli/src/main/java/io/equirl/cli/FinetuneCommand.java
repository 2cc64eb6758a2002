package io.equirl.cli;

import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.Envs;
import io.equirl.eval.Json;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.ProgressRow;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainedModel;
import io.equirl.training.TrainingRun;
import io.equirl.training.finetune.Finetuner;
import io.equirl.training.lambda.LambdaFiles;
import io.equirl.training.store.RunLock;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl finetune}: continues DQN training of a model through equitune, equizero
 * (straight-through) or λ-equitune, and writes the result as a new model directory that {@code
 * equirl eval} reads (the source's {@code config.json} and λ files, the finetuned {@code
 * model.params}, and {@code finetune.json}).
 */
@Command(
    name = "finetune",
    mixinStandardHelpOptions = true,
    description = "Finetune a trained Q-network through an equivariant wrapper.")
final class FinetuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "Model directory (equirl train --out).")
  Path model;

  @Option(names = "--policy", required = true, description = "equitune, equizero or lambda.")
  String policy;

  @Option(names = "--steps", required = true, description = "Env steps of finetuning.")
  long steps;

  @Option(names = "--out", required = true, description = "New model directory to write.")
  Path out;

  @Option(names = "--seed", description = "Seed (default: the model's training seed).")
  Long seed;

  @Option(names = "--force", description = "Overwrite an existing --out.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    TrainingRun.configureThreads(1);
    PolicyKind kind = PolicyKind.parse(policy);
    RunDirectory.of(out).checkNew(force);
    if (out.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--out must differ from --model");
    }
    PrintWriter printer = spec.commandLine().getOut();
    RunDirectory source = RunDirectory.of(model);
    RunDirectory target = RunDirectory.of(out);
    try (TrainedModel m = TrainedModel.load(model);
        Env env = Envs.make(m.env());
        RunLock lock = target.lock()) {
      LambdaNetwork lambda = LambdaFiles.load(model).orElse(null);
      if (kind == PolicyKind.LAMBDA && source.has(RunDirectory.LAMBDA_INFO)) {
        source.verify(RunDirectory.LAMBDA_INFO); // copied only after training: checked now
      }
      long s = seed == null ? m.seed() : seed;
      DqnConfig config = Finetuner.config(m.config(), steps);
      ProgressRow last;
      try (DqnTrainer finetuner = Finetuner.create(config, kind, m.network(), env, lambda, s);
          ProgressBar bar = Bars.open("finetune " + kind, steps)) {
        finetuner.run(Bars.following(bar));
        last = finetuner.rows().get(finetuner.rows().size() - 1);
        // Only now, with the result in hand, is an old run cleared: all of it, checkpoints
        // included, so a later --resume cannot bring it back over the finetuned model.
        target.prepareNew(force);
        if (kind == PolicyKind.LAMBDA) {
          // λ was trained against the source's network; other finetunes change that network,
          // so a copied λ would be stale. lambda-train the finetuned model for a fresh one.
          target.copyFrom(source, RunDirectory.LAMBDA_PARAMS);
          target.copyFrom(source, RunDirectory.LAMBDA_INFO);
        }
        target.writeProgress(finetuner.rows());
        target.write(RunDirectory.MODEL, m.network()::save);
      }
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("format_version", 1);
      info.put("source", model.toAbsolutePath().toString());
      info.put("policy", kind.cliName());
      info.put("steps", steps);
      info.put("seed", s);
      info.put("last_progress", last);
      String json = Json.MAPPER.writeValueAsString(info) + "\n";
      target.write(RunDirectory.FINETUNE_INFO, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
      // config.json last: its presence marks the directory as a complete model. Rewritten in this
      // build's format version, which says the directory keeps checksums, whatever the source's.
      target.writeManifest(m.manifest());
      printer.printf(
          Locale.ROOT,
          "finetuned through %s for %d steps (mean return of the last 100"
              + " episodes: %.2f); wrote %s%n",
          kind,
          steps,
          last.meanReturn(),
          out);
    }
    printer.flush();
    return 0;
  }
}
