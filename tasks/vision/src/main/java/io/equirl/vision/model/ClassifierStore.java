package io.equirl.vision.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.equirl.training.store.AtomicFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A pretrained CNN on disk: {@code vision.json} (format version, architecture, classes, seed,
 * training settings, upright test accuracy) and {@code model.params} (DJL's block format), each
 * written under a temporary name and renamed.
 */
public final class ClassifierStore {
  public static final String MANIFEST = "vision.json";
  public static final String PARAMS = "model.params";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What {@code vision.json} holds. */
  public record Manifest(
      @JsonProperty("format") int format,
      @JsonProperty("arch") String arch,
      @JsonProperty("classes") int classes,
      @JsonProperty("seed") long seed,
      @JsonProperty("epochs") int epochs,
      @JsonProperty("batch_size") int batchSize,
      @JsonProperty("learning_rate") float learningRate,
      @JsonProperty("train_images") int trainImages,
      @JsonProperty("upright_test_accuracy") double uprightTestAccuracy) {}

  private ClassifierStore() {}

  /** Writes {@code net} and its manifest into {@code dir} (parameters first, manifest last). */
  public static void save(Path dir, ImageClassifier net, Manifest manifest) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(PARAMS), out -> net.write(new DataOutputStream(out)));
    AtomicFiles.writeString(dir.resolve(MANIFEST), JSON.writeValueAsString(manifest) + "\n");
  }

  /** Reads the manifest of {@code dir}. */
  public static Manifest manifest(Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": missing (make one with equirl vision train)");
    }
    Manifest m;
    try {
      m = JSON.readValue(file.toFile(), Manifest.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(
          file + ": not a vision manifest (" + e.getOriginalMessage() + ")");
    }
    switch (m.format()) {
      case 1 -> {
        return m;
      }
      default ->
          throw new IllegalArgumentException(
              file
                  + ": unknown format "
                  + m.format()
                  + " (this version reads format "
                  + FORMAT
                  + ")");
    }
  }

  /** Loads the network of {@code dir}; the caller owns it. */
  public static ImageClassifier load(Path dir) throws IOException {
    Manifest m = manifest(dir);
    ImageClassifier net =
        ImageClassifier.create(Architecture.parse(m.arch()), m.classes(), m.seed());
    Path params = dir.resolve(PARAMS);
    try (DataInputStream in = AtomicFiles.dataIn(params)) {
      net.read(in);
      return net;
    } catch (java.nio.file.NoSuchFileException e) {
      net.close();
      throw new IllegalArgumentException(params + ": missing");
    } catch (IllegalArgumentException e) {
      net.close();
      throw new IllegalArgumentException(params + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      net.close();
      throw e;
    }
  }

  /** The manifest version written now. */
  public static int format() {
    return FORMAT;
  }
}
