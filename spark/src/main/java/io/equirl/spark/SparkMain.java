package io.equirl.spark;

import io.equirl.cli.EquiRl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The Spark engine's program: what {@code bin/equirl} starts for {@code equirl experiment ...
 * --engine spark}, and the main class for {@code spark-submit}. It takes the same arguments as
 * {@code equirl}, fails the same way (one line; exit code 2 for bad input, 1 for a failed run).
 */
@Command(
    name = "equirl",
    mixinStandardHelpOptions = true,
    description = "equirl experiment sweeps on Apache Spark.",
    subcommands = {CommandLine.HelpCommand.class, SparkExperimentCommand.class})
public final class SparkMain implements Runnable {
  /** slf4j-simple's level for Spark's loggers. */
  static final String SPARK_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.spark";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Say more: Spark's and the engine's log lines, and a failure's stack trace.")
  void setVerbose(boolean verbose) {
    EquiRl.verbose(verbose);
    if (verbose) {
      System.setProperty(SPARK_LOG_LEVEL, "info");
    }
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
    // Spark logs every failed task attempt at ERROR, stack trace included, though a retry follows;
    // the sweep says in one line what it retries, and --verbose (or this property) brings them
    // back.
    if (System.getProperty(SPARK_LOG_LEVEL) == null) {
      System.setProperty(SPARK_LOG_LEVEL, "off");
    }
    EquiRl.verbose(false);
    return EquiRl.withHandlers(new SparkMain());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
