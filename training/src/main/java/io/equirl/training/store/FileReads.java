package io.equirl.training.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one file of a run and turns whatever a damaged copy makes the parser throw (an {@link
 * EOFException}, "Input length = 1", Jackson's text without a path, a missing key) into a {@link
 * BadFileException} that names the file and the problem in one line.
 */
public final class FileReads {
  private FileReads() {}

  /** Reads {@code file} with {@code reader}. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Path file) throws IOException;
  }

  /**
   * {@code reader}'s result for {@code file}.
   *
   * @throws BadFileException when the file is damaged
   * @throws IOException when it cannot be read at all (missing, no permission)
   */
  public static <T> T read(Path file, Reader<T> reader) throws IOException {
    try {
      return reader.read(file);
    } catch (BadFileException e) {
      throw e;
    } catch (EOFException e) {
      throw new BadFileException(
          file, "truncated (found " + size(file) + " bytes, the format needs more)", e);
    } catch (CharacterCodingException e) {
      throw new BadFileException(file, "not UTF-8 text (garbage bytes?)", e);
    } catch (JsonProcessingException e) {
      throw json(file, e);
    } catch (MissingKeyException e) {
      throw new BadFileException(file, e.getMessage(), e);
    } catch (NumberFormatException e) {
      throw new BadFileException(file, "not a number: " + e.getMessage(), e);
    } catch (IllegalArgumentException
        | IllegalStateException
        | IndexOutOfBoundsException
        | NegativeArraySizeException e) {
      throw new BadFileException(file, String.valueOf(e.getMessage()), e);
    }
  }

  /** {@code node}'s {@code key}, which a well-formed file always has. */
  public static JsonNode required(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new MissingKeyException(key);
    }
    return value;
  }

  /**
   * Checks that {@code file} holds exactly {@code expected} bytes, before a reader allocates for
   * what its header claims.
   */
  public static void checkSize(Path file, long expected) throws IOException {
    long found = Files.size(file);
    if (found != expected) {
      throw new BadFileException(
          file,
          (found < expected ? "truncated" : "too long")
              + " (expected "
              + expected
              + " bytes, found "
              + found
              + ")");
    }
  }

  private static BadFileException json(Path file, JsonProcessingException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof MissingKeyException || c instanceof IllegalArgumentException) {
        return new BadFileException(file, c.getMessage(), e);
      }
    }
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    String what = e.getOriginalMessage().lines().findFirst().orElse("");
    return new BadFileException(file, "not valid JSON" + where + ": " + what, e);
  }

  private static String size(Path file) {
    try {
      return Long.toString(Files.size(file));
    } catch (IOException e) {
      return "?";
    }
  }

  /** A key that a well-formed file always has is absent. */
  public static final class MissingKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingKeyException(String key) {
      super("missing key " + key);
    }
  }
}
