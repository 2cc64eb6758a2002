package io.equirl.scan.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.equirl.scan.train.ObjectiveKind;
import io.equirl.training.store.AtomicFiles;
import io.equirl.training.store.Checksums;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Zero-shot accuracies of a pretrained model through a wrapper, kept beside its {@code model.bin}.
 * Decoding the validation and test sets through a wrapper takes minutes per seed, and an experiment
 * rerun to add a seed or a cell would otherwise repeat it for every finished seed. An entry holds
 * the SHA-256 of the model it was measured on, so a retrained model is measured afresh; an entry
 * that cannot be read is derived data, measured again and replaced rather than reported.
 */
final class ZeroShotCache {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ZeroShotCache() {}

  /**
   * {validation, test} of {@code kind} on {@code pretrainDir}'s model: kept, or computed and kept.
   */
  static double[] accuracies(Path pretrainDir, ObjectiveKind kind, Supplier<double[]> measure) {
    Path file = pretrainDir.resolve("zero-shot-" + kind.id() + ".json");
    try {
      String model = Checksums.hash(pretrainDir.resolve("model.bin")).sha256();
      double[] kept = read(file, model);
      if (kept != null) {
        return kept;
      }
      double[] measured = measure.get();
      ObjectNode json = JSON.createObjectNode();
      json.put("model_sha256", model);
      json.put("validation_accuracy", measured[0]);
      json.put("test_accuracy", measured[1]);
      AtomicFiles.writeString(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
      return measured;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep zero-shot accuracies in " + file, e);
    }
  }

  private static double[] read(Path file, String model) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode json = JSON.readTree(file.toFile());
      if (json == null
          || !model.equals(json.path("model_sha256").asText())
          || !json.path("validation_accuracy").isNumber()
          || !json.path("test_accuracy").isNumber()) {
        return null;
      }
      return new double[] {
        json.get("validation_accuracy").asDouble(), json.get("test_accuracy").asDouble()
      };
    } catch (IOException e) {
      return null;
    }
  }
}
