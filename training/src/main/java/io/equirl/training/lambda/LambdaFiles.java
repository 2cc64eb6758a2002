package io.equirl.training.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.training.DqnConfig;
import io.equirl.training.ProgressRow;
import io.equirl.training.RunDirectory;
import io.equirl.training.store.FileReads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a trained λ lives beside its model: {@code DIR/lambda.params} (the {@link LambdaNetwork}
 * format) and {@code DIR/lambda.json} (the config and the last progress), both written under
 * temporary names and renamed.
 */
public final class LambdaFiles {
  /** The λ-network's parameters. */
  public static final String PARAMS = RunDirectory.LAMBDA_PARAMS;

  /** How it was trained. */
  public static final String INFO = RunDirectory.LAMBDA_INFO;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private LambdaFiles() {}

  /** Saves λ and its training record into the model directory {@code dir}. */
  public static void save(Path dir, LambdaNetwork lambda, DqnConfig config, ProgressRow last)
      throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    run.write(PARAMS, lambda::write);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("format_version", 1);
    info.put("config", config);
    info.put("last_progress", last);
    String json = JSON.writeValueAsString(info);
    run.write(INFO, out -> out.write((json + "\n").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether {@code dir} holds a λ trained with exactly {@code config} (steps, γ, every
   * hyperparameter), so that reusing it is the same as training it again.
   */
  public static boolean trainedWith(Path dir, DqnConfig config) throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    if (!run.has(PARAMS) || !run.has(INFO)) {
      return false;
    }
    run.verify(INFO);
    JsonNode saved = FileReads.read(run.file(INFO), f -> JSON.readTree(f.toFile())).get("config");
    // Through text, as it was saved: a tree made directly holds longs where the file reads ints.
    return JSON.readTree(JSON.writeValueAsString(config)).equals(saved);
  }

  /** The λ-network saved in {@code dir}, if any, once it checks out against its checksum. */
  public static Optional<LambdaNetwork> load(Path dir) throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    Path file = run.file(PARAMS);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    run.verify(PARAMS);
    return Optional.of(FileReads.read(file, LambdaNetwork::load));
  }
}
