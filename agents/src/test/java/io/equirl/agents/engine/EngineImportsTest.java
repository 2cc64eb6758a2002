package io.equirl.agents.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine boundary stays one place: no main source of any module outside {@code
 * io.equirl.agents.engine} imports DJL's PyTorch engine classes. Reads the checkout's sources (the
 * parent of this module's folder); skips where they are not there.
 */
class EngineImportsTest {
  private static final String BOUNDARY = "agents/src/main/java/io/equirl/agents/engine/";

  @Test
  void onlyTheBoundaryImportsThePyTorchEngine() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    assumeTrue(
        Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve(BOUNDARY)),
        "no checkout around " + root);
    List<String> offenders;
    try (Stream<Path> files = Files.walk(root)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.contains("/src/main/java/") && !p.startsWith(BOUNDARY))
              .filter(p -> importsPyTorch(root.resolve(p)))
              .toList();
    }
    assertEquals(List.of(), offenders, "PyTorch engine classes used outside " + BOUNDARY);
  }

  private static boolean importsPyTorch(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.anyMatch(l -> l.startsWith("import ai.djl.pytorch."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
