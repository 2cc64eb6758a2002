package io.equirl.cli;

import ai.djl.Device;
import io.equirl.envs.Envs;
import io.equirl.training.ConfigOverrides;
import io.equirl.training.DqnConfig;
import io.equirl.training.DqnTrainer;
import io.equirl.training.Presets;
import io.equirl.training.ProgressRow;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainingListener;
import io.equirl.training.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code equirl train}: trains a DQN on one of the built-in envs from a preset, or resumes a run.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train a DQN (Stable-Baselines3's semantics) and save it with checkpoints.",
      "Writes DIR/config.json, DIR/progress.csv, DIR/model.params and DIR/checkpoints/."
    },
    footer = {
      "",
      "Examples:",
      "  equirl train --env cartpole --preset zoo --seed 1 --out runs/cartpole-zoo-1",
      "  equirl train --env acrobot --preset paper --set learning_rate=5e-4 --out runs/a",
      "  equirl train --resume runs/cartpole-zoo-1"
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--env",
      paramLabel = "ENV",
      description =
          "cartpole, acrobot, gridworld, or gym:<id>[?key=value&...] for a Python"
              + " Gymnasium env through the bridge (gym:CartPole-v1 uses cartpole's presets).")
  String env;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "zoo (rl-baselines3-zoo's tuned values) or paper (SB3 defaults, [64,64],"
              + " lr 1e-4). Default: zoo, or paper for a gym: env without a tuned preset.")
  String preset;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of everything. Default: 0.")
  Long seed;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Env steps (total_timesteps); default from the preset.")
  Long steps;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override a hyperparameter, for instance --set learning_rate=1e-3"
              + " --set net_arch=[128,128]; repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--device",
      paramLabel = "cpu|gpu",
      description = "Where the network trains. Default: cpu (the run's device on --resume).")
  String device;

  @Option(names = "--out", paramLabel = "DIR", description = "New run directory.")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description = "Continue the run in DIR from its last checkpoint.")
  Path resume;

  @Option(names = "--force", description = "Start over in an existing --out run directory.")
  boolean force;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    Device d = device == null ? null : parseDevice(device);
    TrainingRun run;
    if (resume != null) {
      if (out != null
          || env != null
          || preset != null
          || seed != null
          || steps != null
          || !sets.isEmpty()
          || force) {
        throw new ParameterException(
            spec.commandLine(),
            "--resume continues a run exactly as"
                + " it was configured; it takes no --out, --env, --preset, --seed, --steps, --set"
                + " or --force");
      }
      run = TrainingRun.resume(resume, d, Envs::make);
    } else {
      if (out == null) {
        throw new ParameterException(
            spec.commandLine(),
            "give --out DIR for a new run, or" + " --resume DIR to continue one");
      }
      if (RunDirectory.of(out).holdsFiles() && !force) {
        throw new IllegalArgumentException(
            "--out: "
                + out
                + " already exists; use --resume "
                + out
                + " to continue it, or --force to start over");
      }
      if (env == null) {
        throw new ParameterException(
            spec.commandLine(), "--env is required: one of " + String.join(", ", Presets.ENVS));
      }
      // Gymnasium ids are case-sensitive; our own names are not.
      String envName = env.startsWith("gym:") ? env : env.toLowerCase(Locale.ROOT);
      String presetName =
          preset == null ? Presets.defaultPreset(envName) : preset.toLowerCase(Locale.ROOT);
      List<String> overrides = new ArrayList<>(sets);
      if (steps != null) {
        overrides.add("total_timesteps=" + steps);
      }
      DqnConfig config = ConfigOverrides.apply(Presets.load(envName, presetName), overrides);
      run =
          TrainingRun.create(
              envName,
              presetName,
              overrides,
              seed == null ? 0 : seed,
              config,
              d == null ? Device.cpu() : d,
              out,
              force,
              Envs::make);
    }
    try (run) {
      return train(run);
    }
  }

  private int train(TrainingRun run) throws Exception {
    DqnTrainer t = run.trainer();
    long total = t.config().totalTimesteps();
    var err = spec.commandLine().getErr();
    TrainingListener listener = new TrainingListener() {};
    TrainProgress bar = null;
    if (!quiet) {
      bar =
          new TrainProgress(
              run.manifest().envId(),
              t.numTimesteps(),
              total,
              new java.io.PrintStream(new WriterOutputStream(err), true));
      listener = bar;
    }
    try {
      run.run(listener);
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    List<ProgressRow> rows = t.rows();
    ProgressRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    var outWriter = spec.commandLine().getOut();
    outWriter.printf(
        Locale.ROOT,
        "trained %s for %d steps: %s%n",
        run.manifest().envId(),
        t.numTimesteps(),
        last == null ? "" : TrainProgress.message(last));
    outWriter.println("time per part: " + t.timings());
    outWriter.println("saved to " + run.directory());
    outWriter.flush();
    return 0;
  }

  private Device parseDevice(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "cpu" -> Device.cpu();
      case "gpu" -> {
        // Checked here, before the engine loads: PyTorch's own failure is dozens of lines.
        if (ai.djl.util.cuda.CudaUtils.getGpuCount() == 0) {
          throw new ParameterException(
              spec.commandLine(),
              "--device gpu: no CUDA GPU is visible on this machine; use --device cpu");
        }
        yield Device.gpu();
      }
      default ->
          throw new ParameterException(
              spec.commandLine(), "--device: unknown device '" + name + "', valid: cpu, gpu");
    };
  }

  /** Bridges picocli's error writer to the progress bar's stream. */
  private static final class WriterOutputStream extends java.io.OutputStream {
    private final java.io.PrintWriter writer;

    WriterOutputStream(java.io.PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      writer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writer.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      writer.flush();
    }
  }
}
