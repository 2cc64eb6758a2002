package io.equirl.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A usage error (unknown option, bad value, missing subcommand) as one line plus where the usage
 * is, exit code 2: the full usage only follows {@code --help}, so the one line that says what is
 * wrong is not buried under it.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println(cl.getColorScheme().errorText("equirl: " + ex.getMessage()));
    cl.getErr().println("see " + cl.getCommandSpec().qualifiedName() + " --help");
    if (Verbosity.verbose()) {
      ex.printStackTrace(cl.getErr());
    }
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }
}
