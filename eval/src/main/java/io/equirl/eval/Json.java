package io.equirl.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** The JSON mapper of the eval reports, and atomic writes of JSON files. */
public final class Json {
  /** Pretty-printing mapper; thread-safe once configured. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          // Reports also carry derived fields (summaries) that records recompute when read back.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  /** Writes {@code value} as JSON to {@code file} under a temporary name, then renames it. */
  public static void write(Path file, Object value) throws IOException {
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(value) + "\n");
  }
}
