package io.equirl.scan.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads SCAN files in the published format, one {@code IN: <command> OUT: <actions>} a line. */
public final class ScanFiles {
  private ScanFiles() {}

  /**
   * The pairs of {@code file}, in its order; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the file and line of the first malformed line, or the
   *     file when it cannot be read
   */
  public static List<ScanPair> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("SCAN file not found: " + file);
    }
    List<ScanPair> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          out.add(parse(line, file, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  static ScanPair parse(String line, Path file, int number) {
    String s = line.strip();
    int out = s.indexOf(" OUT: ");
    if (!s.startsWith("IN: ") || out < 0) {
      throw malformed(file, number, "expected 'IN: <command> OUT: <actions>'");
    }
    List<String> command = words(s.substring(4, out));
    List<String> actions = words(s.substring(out + 6));
    if (command.isEmpty() || actions.isEmpty()) {
      throw malformed(file, number, "empty command or action sequence");
    }
    for (String w : command) {
      if (!Vocabulary.COMMANDS.contains(w)) {
        throw malformed(file, number, "unknown command word '" + w + "'");
      }
    }
    for (String a : actions) {
      if (!Vocabulary.ACTIONS.contains(a)) {
        throw malformed(file, number, "unknown action '" + a + "'");
      }
    }
    return new ScanPair(command, actions);
  }

  private static List<String> words(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }

  private static IllegalArgumentException malformed(Path file, int line, String why) {
    return new IllegalArgumentException(file + ":" + line + ": malformed SCAN line: " + why);
  }
}
