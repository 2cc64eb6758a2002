package io.equirl.cli;

import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.Envs;
import io.equirl.eval.EvalResult;
import io.equirl.eval.Evaluator;
import io.equirl.eval.LoadedModel;
import io.equirl.eval.experiment.ExperimentConfig;
import io.equirl.eval.experiment.ExperimentReport;
import io.equirl.eval.experiment.Figure;
import io.equirl.eval.experiment.SeedResult;
import io.equirl.groups.GroupElement;
import io.equirl.training.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code equirl demo}: the paper's RL result (Fig. 2) in miniature, on one CartPole seed. It
 * pretrains a DQN at the {@code paper} preset with a cut budget, trains λ, evaluates the pretrained
 * greedy policy, equitune, equizero and λ-equitune on the same episodes, prints the table, then
 * replays greedy and equizero in the world seen through the flip: equizero's episodes come out
 * identical, greedy's do not. Writes the run and a PNG into {@code --out}; a second run with the
 * same options reuses the trained model. {@code --core} is the group-core check alone.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "The paper's RL result in miniature: pretrain a CartPole DQN, train λ, compare"
            + " greedy, equitune, equizero and λ-equitune, and check equivariance through the flip.")
final class DemoCommand implements Callable<Integer> {
  /**
   * The paper's 100k steps cut to about 40 s of one core, still long enough for the pretrained
   * policy to balance the pole for a few hundred steps; λ gets half its 10k steps.
   */
  static final long STEPS = 80_000;

  @Spec CommandSpec spec;

  @Option(names = "--core", description = "Only the group-core check on random networks (~2 s).")
  boolean core;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Training seed (default: ${DEFAULT-VALUE}; --core: 42).")
  int seed;

  @Option(
      names = "--steps",
      defaultValue = "" + STEPS,
      description = "Pretraining steps (default: ${DEFAULT-VALUE}; the paper's is 100000).")
  long steps;

  @Option(
      names = "--lambda-steps",
      defaultValue = "5000",
      description = "λ-training steps (default: ${DEFAULT-VALUE}).")
  long lambdaSteps;

  @Option(
      names = "--episodes",
      defaultValue = "20",
      description = "Evaluation episodes per policy (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--samples",
      defaultValue = "200",
      description = "--core: random inputs per check (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--out",
      defaultValue = "equirl-demo",
      description = "Where the run and the figure go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    if (core) {
      CoreDemo.run(
          w, spec.commandLine().getParseResult().hasMatchedOption("--seed") ? seed : 42, samples);
      return 0;
    }
    if (seed < 0 || seed >= 100) {
      throw new IllegalArgumentException("--seed: must be in 0..99, got " + seed);
    }
    TrainingRun.configureThreads(1);
    ExperimentConfig config =
        new ExperimentConfig("cartpole", seed + 1, "paper", steps, lambdaSteps, episodes, out);
    w.printf(
        "equirl demo: CartPole-v1, paper preset (SB3's default DQN, [64, 64]), seed %d,"
            + " %d pretraining steps, %d λ steps, %d evaluation episodes per policy%n",
        seed, steps, lambdaSteps, episodes);
    w.flush();
    Files.createDirectories(out);
    SeedResult result = ExperimentCommand.runInProcess(config, seed);
    ExperimentReport report = ExperimentReport.of(config, List.of(result));
    Path figure = out.resolve("demo-cartpole.png");
    Figure.write(report, figure);
    table(w, result);
    throughFlip(w, config);
    w.println();
    w.println(
        "wrote "
            + figure
            + " and the run in "
            + config.seedDir(seed)
            + "; the five-seed experiment: equirl experiment --env cartpole --seeds 5 --out DIR");
    w.flush();
    return 0;
  }

  private void table(PrintWriter w, SeedResult result) {
    double greedy = result.results().get(0).returnSummary().mean();
    w.println();
    w.println("| policy | mean return | std | vs pretrained |");
    w.println("|---|---|---|---|");
    for (EvalResult r : result.results()) {
      double mean = r.returnSummary().mean();
      w.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %+.1f |%n",
          ExperimentReport.label(r.policy()),
          mean,
          r.returnSummary().std(),
          mean - greedy);
    }
    w.println(
        "(the paper, Fig. 2: equizero > equitune > pretrained on CartPole; one seed and a"
            + " cut budget here, so read the ordering loosely)");
  }

  /** Greedy and equizero on the same episodes, in the plain world and seen through the flip. */
  private void throughFlip(PrintWriter w, ExperimentConfig config) throws Exception {
    long[] seeds = config.evalSeeds(seed);
    w.println();
    w.println("Seen through the flip (the agent observes −s, its action is mirrored back):");
    try (LoadedModel model = LoadedModel.load(config.seedDir(seed));
        Env env = Envs.make("cartpole")) {
      EnvSymmetry symmetry = env.symmetry().orElseThrow();
      GroupElement flip = symmetry.group().element("flip");
      for (PolicyKind kind : List.of(PolicyKind.GREEDY, PolicyKind.EQUIZERO)) {
        EvalResult plain =
            Evaluator.run(env, model.policy(kind, symmetry), seeds, symmetry, null, e -> {});
        EvalResult flipped =
            Evaluator.run(env, model.policy(kind, symmetry), seeds, symmetry, flip, e -> {});
        int same = 0;
        for (int e = 0; e < seeds.length; e++) {
          same +=
              plain.lengths()[e] == flipped.lengths()[e]
                      && plain.returns()[e] == flipped.returns()[e]
                  ? 1
                  : 0;
        }
        w.printf(
            Locale.ROOT,
            "  %-20s %2d of %d episodes identical (mean return %.1f plain,"
                + " %.1f through the flip)%n",
            ExperimentReport.label(kind.cliName()),
            same,
            seeds.length,
            plain.returnSummary().mean(),
            flipped.returnSummary().mean());
      }
    }
  }
}
