package io.equirl.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and exit code 1, or exit code 2
 * when the input was bad ({@link IllegalArgumentException}); the stack trace only with
 * {@code EQUIRL_DEBUG=1}, since users need the message, not our call chain.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    commandLine.getErr().println(commandLine.getColorScheme().errorText("equirl: " + message));
    if ("1".equals(System.getenv("EQUIRL_DEBUG"))) {
      ex.printStackTrace(commandLine.getErr());
    }
    return ex instanceof IllegalArgumentException
        ? commandLine.getCommandSpec().exitCodeOnInvalidInput()
        : commandLine.getCommandSpec().exitCodeOnExecutionException();
  }
}
