package io.equirl.envs.classic;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a golden directory in the format of {@code ../shared/golden/README.md}: reset lines and
 * episode lines, one JSON object per line.
 */
final class GoldenData {
  static final String RESETS = "resets.jsonl";
  static final String CARTPOLE = "cartpole-v1.jsonl";
  static final String ACROBOT = "acrobot-v1.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldenData() {}

  /** One {@code reset(seed=seed)} of one env: observation and state right after it. */
  @SuppressWarnings("ArrayRecordComponent") // compared element-wise by the tests, never by equals
  record Reset(String env, long seed, float[] obs, double[] state) {}

  /** One recorded episode; {@code obs} and {@code state} have one row more than {@code actions}. */
  @SuppressWarnings("ArrayRecordComponent") // compared element-wise by the tests, never by equals
  record Episode(
      String env,
      long seed,
      String policy,
      int[] actions,
      float[][] obs,
      double[][] state,
      double[] rewards,
      boolean[] terminated,
      boolean[] truncated) {
    int length() {
      return actions.length;
    }
  }

  /**
   * The golden directory: system property {@code equirl.golden.dir} if set (it must exist and hold
   * data, else the test fails), otherwise {@code <equirl.shared.dir>/golden} (the test is skipped
   * where that is absent). {@code equirl.shared.dir} defaults to {@code ../shared}.
   */
  static Path directory() {
    String explicit = System.getProperty("equirl.golden.dir");
    if (explicit != null && !explicit.isBlank()) {
      Path dir = Path.of(explicit);
      String invocation = System.getProperty("equirl.invocation.dir");
      if (!dir.isAbsolute() && invocation != null && !invocation.isBlank()) {
        dir = Path.of(invocation).resolve(dir);
      }
      if (!hasData(dir)) {
        fail(
            "equirl.golden.dir="
                + explicit
                + " holds none of "
                + RESETS
                + ", "
                + CARTPOLE
                + ", "
                + ACROBOT
                + (Files.isDirectory(dir) ? "" : " (it is not a directory)"));
      }
      return dir;
    }
    String shared = System.getProperty("equirl.shared.dir");
    Path dir = Path.of(shared == null || shared.isBlank() ? "../shared" : shared).resolve("golden");
    assumeTrue(
        hasData(dir),
        "golden Gymnasium data not found at "
            + dir.toAbsolutePath()
            + "; skipping parity (set -Dequirl.golden.dir=DIR to run it on another data set)");
    return dir;
  }

  private static boolean hasData(Path dir) {
    return Files.isRegularFile(dir.resolve(RESETS))
        || Files.isRegularFile(dir.resolve(CARTPOLE))
        || Files.isRegularFile(dir.resolve(ACROBOT));
  }

  static List<Reset> resets(Path file) {
    List<Reset> out = new ArrayList<>();
    for (JsonNode line : lines(file)) {
      out.add(
          new Reset(
              line.get("env").asText(),
              seed(line),
              floats(line.get("obs")),
              doubles(line.get("state"))));
    }
    return out;
  }

  static List<Episode> episodes(Path file) {
    List<Episode> out = new ArrayList<>();
    for (JsonNode line : lines(file)) {
      JsonNode actions = line.get("actions");
      int n = actions.size();
      int[] a = new int[n];
      double[] rewards = new double[n];
      boolean[] terminated = new boolean[n];
      boolean[] truncated = new boolean[n];
      for (int i = 0; i < n; i++) {
        a[i] = actions.get(i).intValue();
        rewards[i] = line.get("rewards").get(i).doubleValue();
        terminated[i] = line.get("terminated").get(i).booleanValue();
        truncated[i] = line.get("truncated").get(i).booleanValue();
      }
      float[][] obs = new float[n + 1][];
      double[][] state = new double[n + 1][];
      for (int i = 0; i <= n; i++) {
        obs[i] = floats(line.get("obs").get(i));
        state[i] = doubles(line.get("state").get(i));
      }
      out.add(
          new Episode(
              line.get("env").asText(),
              seed(line),
              line.get("policy").asText(),
              a,
              obs,
              state,
              rewards,
              terminated,
              truncated));
    }
    return out;
  }

  private static long seed(JsonNode line) {
    JsonNode seed = line.get("seed");
    if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
      throw new IllegalArgumentException("seed " + seed + " is not a 64-bit integer");
    }
    return seed.longValue();
  }

  private static float[] floats(JsonNode array) {
    float[] out = new float[array.size()];
    for (int i = 0; i < out.length; i++) {
      // The file holds the shortest decimal of the float32 value; narrowing its double is exact.
      out[i] = (float) array.get(i).doubleValue();
    }
    return out;
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).doubleValue();
    }
    return out;
  }

  private static List<JsonNode> lines(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }
}
