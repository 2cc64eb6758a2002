package io.equirl.cli;

import io.equirl.bridge.BridgeOptions;
import io.equirl.bridge.GymEnvProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code equirl} command: one program, one subcommand per job.
 *
 * <p>Picocli's conventions hold throughout: {@code --help} on every command, exit code 2 for usage
 * errors (unknown option, bad value) and bad input, 1 for a failed run, 0 for success. Every
 * failure is one line; usage follows only {@code --help}; {@code --verbose} adds the stack trace.
 *
 * <p>Every command that takes {@code --env} also accepts {@code gym:<id>[?key=value&...]}, any
 * Python Gymnasium env driven through the bridge; {@code --python} picks its interpreter.
 */
@Command(
    name = "equirl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Equivariant transfer of pretrained Q-networks (Basu et al., NeurIPS 2023).",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      LambdaTrainCommand.class,
      FinetuneCommand.class,
      ExperimentCommand.class,
      ExperimentSeedCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      CanonicalCommand.class,
      NlgCommand.class,
      ScanCommand.class,
      io.equirl.vision.cli.VisionCommand.class,
    })
public final class EquiRl implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--python",
      paramLabel = "EXE",
      scope = ScopeType.INHERIT,
      description =
          "Python for gym: envs, with gymnasium and py4j installed"
              + " (default: $EQUIRL_PYTHON, then python3).")
  void setPython(String python) {
    GymEnvProvider.register(BridgeOptions.defaults().withPython(python));
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Say more: the engine's log lines (DJL, PyTorch), and a failure's stack trace.")
  void setVerbose(boolean verbose) {
    verbose(verbose);
  }

  /** Sets {@code --verbose} for this JVM (for programs built on this one). */
  public static void verbose(boolean on) {
    Verbosity.set(on);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the program without exiting the JVM, so tests can check exit codes and output. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, shared by {@link #run} and tests that capture its output. */
  public static CommandLine commandLine() {
    // Registering starts no Python: the child process starts only when a gym: env is made.
    GymEnvProvider.register(BridgeOptions.defaults());
    Verbosity.set(false); // per command line, since tests run several in one JVM
    return withHandlers(new EquiRl());
  }

  /**
   * A command line for {@code command} that fails as this program does: one line, exit code 2 for
   * bad input, 1 for a failed run (for programs built on this one, such as the Spark engine's).
   */
  public static CommandLine withHandlers(Object command) {
    return new CommandLine(command)
        .setExecutionExceptionHandler(new FailureHandler())
        .setParameterExceptionHandler(new UsageErrorHandler());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
