package io.equirl.training;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.databind.JsonNode;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.training.store.AtomicFiles;
import io.equirl.training.store.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files of a run directory and how the manifest is written and read. */
final class RunFiles {
  static final String CONFIG = "config.json";
  static final String MODEL = "model.params";
  static final String PROGRESS = "progress.csv";
  static final String CHECKPOINTS = "checkpoints";
  static final String BEST = "best.params";
  static final String EVALUATIONS = "evaluations.csv";

  private RunFiles() {}

  static Manifest manifest(String env, String envId, String preset, List<String> overrides,
      long seed, String device, DqnConfig config, QNetworkSpec spec) {
    Map<String, String> versions = new LinkedHashMap<>();
    String own = RunFiles.class.getPackage().getImplementationVersion();
    versions.put("equirl", own == null ? "development" : own);
    versions.put("djl", Engine.getDjlVersion());
    Engine engine = Engine.getInstance();
    versions.put("engine", engine.getEngineName() + " " + engine.getVersion());
    versions.put("java", System.getProperty("java.version"));
    Manifest.Network network = new Manifest.Network(spec.architecture().configName(),
        spec.observationShape(), spec.numActions(), spec.netArch());
    JsonNode configNode = ConfigOverrides.JSON.valueToTree(config);
    return new Manifest(Manifest.CURRENT_VERSION, env, envId, preset, List.copyOf(overrides), seed,
        device, configNode, network, versions);
  }

  static void write(Path dir, Manifest manifest) throws IOException {
    AtomicFiles.writeString(dir.resolve(CONFIG),
        ConfigOverrides.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
  }

  /** Reads {@code config.json}, refusing versions this build does not know. */
  static Manifest read(Path dir) throws IOException {
    Path file = dir.resolve(CONFIG);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(dir + " is not a training run: it has no " + CONFIG);
    }
    JsonNode node = ConfigOverrides.JSON.readTree(file.toFile());
    int version = node.path("format_version").asInt(-1);
    return switch (version) {
      case 1 -> ConfigOverrides.JSON.treeToValue(node, Manifest.class);
      default -> throw new IOException(file + " has format version " + version
          + "; this build reads version " + Manifest.CURRENT_VERSION);
    };
  }

  static DqnConfig config(Manifest manifest) {
    return ConfigOverrides.fromJson(manifest.config());
  }
}
