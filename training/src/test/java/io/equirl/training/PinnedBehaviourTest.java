package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import io.equirl.envs.Envs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same seed and config, same run: each case of {@code pinned/cases.txt} trains in-process and must
 * give the fixtures' {@code progress.csv} (every column but the timing ones) and the fixtures'
 * SHA-256 of {@code model.params} (and {@code best.params}). The fixtures were written by {@code
 * pinned/make-fixtures.sh} with the {@code equirl} program before the training loop was
 * restructured, so this test holds every refactoring to the old behaviour bit for bit.
 */
class PinnedBehaviourTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyPinnedRunRepeatsItsFixtures() throws Exception {
    Path pinned =
        Path.of(PinnedBehaviourTest.class.getResource("pinned/cases.txt").toURI()).getParent();
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(pinned.resolve("cases.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.trim().split("\\s+");
      tests.add(DynamicTest.dynamicTest(words[0], () -> check(pinned, words)));
    }
    return tests.stream();
  }

  private void check(Path pinned, String[] words) throws IOException, URISyntaxException {
    String name = words[0];
    String env = null;
    String preset = null;
    long seed = 0;
    List<String> overrides = new ArrayList<>();
    for (int i = 1; i < words.length; i += 2) {
      switch (words[i]) {
        case "--env" -> env = words[i + 1];
        case "--preset" -> preset = words[i + 1];
        case "--seed" -> seed = Long.parseLong(words[i + 1]);
        case "--set" -> overrides.add(words[i + 1]);
        case "--steps" -> overrides.add("total_timesteps=" + words[i + 1]);
        default -> throw new IllegalArgumentException("cases.txt: unknown flag " + words[i]);
      }
    }
    DqnConfig config = ConfigOverrides.apply(Presets.load(env, preset), overrides);
    Path out = tmp.resolve(name);
    try (TrainingRun run =
        TrainingRun.create(
            env, preset, overrides, seed, config, Device.cpu(), out, false, Envs::make)) {
      run.run(new TrainingListener() {});
    }
    List<String> expected = Files.readAllLines(pinned.resolve(name + ".progress"));
    List<String> actual = new ArrayList<>();
    for (String row : Files.readAllLines(out.resolve("progress.csv"))) {
      String[] columns = row.split(",");
      actual.add(String.join(",", List.of(columns).subList(0, 7)));
    }
    assertEquals(expected, actual, name + ": progress.csv");
    for (String hashLine : Files.readAllLines(pinned.resolve(name + ".sha256"))) {
      String[] hashAndFile = hashLine.split("\\s+", -1);
      assertEquals(
          hashAndFile[0], sha256(out.resolve(hashAndFile[1])), name + ": " + hashAndFile[1]);
    }
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
