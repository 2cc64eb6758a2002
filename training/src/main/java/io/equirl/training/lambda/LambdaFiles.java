package io.equirl.training.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a trained λ lives beside its model: {@code DIR/lambda.params} (the
 * {@link LambdaNetwork} format) and {@code DIR/lambda.json} (the config and the last progress),
 * both written under temporary names and renamed.
 */
public final class LambdaFiles {
  /** The λ-network's parameters. */
  public static final String PARAMS = "lambda.params";
  /** How it was trained. */
  public static final String INFO = "lambda.json";

  private LambdaFiles() {}

  /** Saves λ and its training record into the model directory {@code dir}. */
  public static void save(Path dir, LambdaNetwork lambda, LambdaTrainConfig config,
      LambdaTrainer.Progress last) throws IOException {
    AtomicFiles.write(dir.resolve(PARAMS), lambda::write);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("format_version", 1);
    info.put("config", config);
    info.put("last_progress", last);
    String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .writeValueAsString(info);
    AtomicFiles.writeString(dir.resolve(INFO), json + "\n");
  }

  /** The λ-network saved in {@code dir}, if any. */
  public static Optional<LambdaNetwork> load(Path dir) throws IOException {
    Path file = dir.resolve(PARAMS);
    return Files.isRegularFile(file) ? Optional.of(LambdaNetwork.load(file)) : Optional.empty();
  }
}
