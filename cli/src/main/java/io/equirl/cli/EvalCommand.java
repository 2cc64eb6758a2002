package io.equirl.cli;

import io.equirl.agents.policy.Policy;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.eval.EvalResult;
import io.equirl.eval.Evaluator;
import io.equirl.eval.Json;
import io.equirl.eval.LoadedModel;
import io.equirl.eval.Summary;
import io.equirl.groups.GroupElement;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainingRun;
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
 * {@code equirl eval}: runs a policy of a trained model for N seeded episodes (env seeds {@code S,
 * S+1, ...}) and prints mean, std, min and max of return and length.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a policy (greedy, equitune, equizero, lambda) of a trained model.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "Model directory (equirl train --out).")
  Path model;

  @Option(
      names = "--best",
      description =
          "Evaluate best.params, the best periodic evaluation of a"
              + " run trained with --set eval_freq=N, instead of the final model.")
  boolean best;

  @Option(
      names = "--policy",
      defaultValue = "greedy",
      description = "greedy, equitune, equizero or lambda (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(
      names = "--episodes",
      defaultValue = "100",
      description = "Episodes (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description =
          "Env seed of the first episode; episode i uses seed+i (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--env",
      description = "Evaluate on another env with the same spaces (e.g. gym:CartPole-v1).")
  String env;

  @Option(
      names = "--through",
      description =
          "See the world through group element g (e.g. flip, r):"
              + " the agent observes g·s and its action a is applied as g⁻¹·a.")
  String through;

  @Option(
      names = "--json",
      description = "Also write the result, with every episode's return, to this JSON file.")
  Path json;

  @Override
  public Integer call() throws Exception {
    TrainingRun.configureThreads(1);
    PolicyKind kind = PolicyKind.parse(policy);
    long[] seeds = Evaluator.consecutiveSeeds(seed, episodes);
    if (json != null) {
      OutputPaths.checkFile("--json", json);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (LoadedModel loaded = LoadedModel.load(model, best);
        Env e = Envs.make(env == null ? loaded.model().env() : env)) {
      checkSpaces(loaded, e);
      EnvSymmetry symmetry = symmetryFor(e, loaded.model().env());
      if (through != null && symmetry == null) {
        throw new IllegalArgumentException("--through: " + e.id() + " declares no symmetry");
      }
      GroupElement g = through == null ? null : symmetry.group().element(through);
      Policy p = loaded.policy(kind, symmetry);
      EvalResult result;
      try (ProgressBar bar = Bars.open("eval " + kind, episodes)) {
        result = Evaluator.run(e, p, seeds, symmetry, g, i -> bar.stepTo(i + 1L));
      }
      Summary r = result.returnSummary();
      Summary l = result.lengthSummary();
      out.printf(
          Locale.ROOT,
          "%s %s%s%s, %d episodes (seeds %d..%d)%n",
          result.env(),
          kind,
          best ? " of " + RunDirectory.BEST : "",
          g == null ? "" : " through " + g,
          episodes,
          seeds[0],
          seeds[seeds.length - 1]);
      out.printf(
          Locale.ROOT,
          "return: mean %.2f  std %.2f  min %.2f  max %.2f%n",
          r.mean(),
          r.std(),
          r.min(),
          r.max());
      out.printf(
          Locale.ROOT,
          "length: mean %.2f  std %.2f  min %.0f  max %.0f%n",
          l.mean(),
          l.std(),
          l.min(),
          l.max());
      if (json != null) {
        Json.write(json, result);
        out.println("wrote " + json);
      }
    }
    out.flush();
    return 0;
  }

  /** The env's own symmetry, else that of the env the model was trained on (same spaces). */
  static EnvSymmetry symmetryFor(Env e, String trainedOn) {
    if (e.symmetry().isPresent()) {
      return e.symmetry().get();
    }
    try (Env own = Envs.make(trainedOn)) {
      return own.symmetry().orElse(null);
    }
  }

  private static void checkSpaces(LoadedModel loaded, Env e) {
    int obs = loaded.model().network().observationSize();
    int actions = loaded.model().network().numActions();
    if (e.observationSpace().size() != obs || e.actionSpace().n() != actions) {
      throw new IllegalArgumentException(
          "--env: "
              + e.id()
              + " has "
              + e.observationSpace().size()
              + " observation values and "
              + e.actionSpace().n()
              + " actions, but the model reads "
              + obs
              + " and has "
              + actions);
    }
  }
}
