package io.equirl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code equirl} command: one program, one subcommand per job.
 *
 * <p>Picocli's conventions hold throughout: {@code --help} on every command, exit code 2 for
 * usage errors (unknown option, bad value), 1 for a failed run, 0 for success.
 */
@Command(
    name = "equirl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Equivariant transfer of pretrained Q-networks (Basu et al., NeurIPS 2023).",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
    })
public final class EquiRl implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the program without exiting the JVM, so tests can check exit codes and output. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, shared by {@link #run} and tests that capture its output. */
  public static CommandLine commandLine() {
    return new CommandLine(new EquiRl())
        .setExecutionExceptionHandler(new FailureHandler());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
