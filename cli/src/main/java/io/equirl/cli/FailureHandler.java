package io.equirl.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and exit code 1, or exit code 2
 * when the input was bad ({@link IllegalArgumentException}, damaged files included); the stack
 * trace only with {@code --verbose}, since users need the message, not our call chain.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println(commandLine.getColorScheme().errorText("equirl: " + line(ex)));
    if (Verbosity.verbose()) {
      ex.printStackTrace(commandLine.getErr());
    }
    return ex instanceof IllegalArgumentException
        ? commandLine.getCommandSpec().exitCodeOnInvalidInput()
        : commandLine.getCommandSpec().exitCodeOnExecutionException();
  }

  /** One line saying what failed; a file system error's bare path gets its reason. */
  static String line(Throwable ex) {
    if (ex instanceof NoSuchFileException e) {
      return e.getFile() + ": no such file or directory";
    }
    if (ex instanceof AccessDeniedException e) {
      return "cannot write or read " + e.getFile() + ": permission denied";
    }
    if (ex instanceof FileSystemException e) {
      String reason = e.getReason() == null ? "file system error" : e.getReason();
      return "cannot use " + e.getFile() + ": " + reason;
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
