package io.equirl.training.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The size and SHA-256 of each file of one directory, kept in it as {@value #FILE}, so that a file
 * damaged or edited after it was written is refused when read instead of trained on. A run
 * directory keeps one for its own files, each checkpoint one for its files.
 *
 * <pre>{@code
 * { "format_version" : 1,
 *   "files" : { "model.params" : { "size" : 691, "sha256" : "3f0a…" }, … } }
 * }</pre>
 *
 * Immutable; {@link #with} makes a changed copy and {@link #write} puts it in place atomically.
 */
public final class Checksums {
  /** The file's name; not {@code manifest.json}, to keep it apart from {@link Manifest}. */
  public static final String FILE = "checksums.json";

  private static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;
  private final Map<String, Entry> files;

  private Checksums(Path dir, Map<String, Entry> files) {
    this.dir = dir;
    this.files = new TreeMap<>(files);
  }

  /**
   * One file's record.
   *
   * @param size its length in bytes
   * @param sha256 its SHA-256, 64 lower-case hex digits
   */
  public record Entry(@JsonProperty("size") long size, @JsonProperty("sha256") String sha256) {
    /** Refuses what no hashing produced. */
    public Entry {
      if (size < 0) {
        throw new IllegalArgumentException("size: must be >= 0, got " + size);
      }
      if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("sha256: not 64 hex digits: " + sha256);
      }
    }
  }

  /** The shape of {@value #FILE}. */
  private record Stored(
      @JsonProperty("format_version") int formatVersion,
      @JsonProperty("files") Map<String, Entry> files) {
    Stored {
      if (formatVersion != FORMAT_VERSION) {
        throw new IllegalArgumentException(
            "format version " + formatVersion + "; this build reads version " + FORMAT_VERSION);
      }
      if (files == null) {
        throw new FileReads.MissingKeyException("files");
      }
    }
  }

  /** An empty list for {@code dir}. */
  public static Checksums none(Path dir) {
    return new Checksums(dir, Map.of());
  }

  /** The list of every regular file in {@code dir} but the list itself and {@code skipped}. */
  public static Checksums ofFiles(Path dir, List<String> skipped) throws IOException {
    Map<String, Entry> files = new TreeMap<>();
    for (String name : listed(dir)) {
      if (!skipped.contains(name)) {
        files.put(name, hash(dir.resolve(name)));
      }
    }
    return new Checksums(dir, files);
  }

  /** Whether {@code dir} holds a {@value #FILE}. */
  public static boolean isIn(Path dir) {
    return Files.exists(dir.resolve(FILE));
  }

  /**
   * Reads {@code dir}'s {@value #FILE}.
   *
   * @throws BadFileException naming it when it is damaged
   */
  public static Checksums read(Path dir) throws IOException {
    Stored stored =
        FileReads.read(dir.resolve(FILE), f -> JSON.readValue(f.toFile(), Stored.class));
    for (Map.Entry<String, Entry> e : stored.files().entrySet()) {
      if (e.getValue() == null) {
        throw new BadFileException(dir.resolve(FILE), "no size and sha256 for " + e.getKey());
      }
    }
    return new Checksums(dir, stored.files());
  }

  /** This list with {@code name}'s entry set to {@code entry}. */
  public Checksums with(String name, Entry entry) {
    Map<String, Entry> changed = new TreeMap<>(files);
    changed.put(name, entry);
    return new Checksums(dir, changed);
  }

  /** Writes the list as {@code dir}'s {@value #FILE}, atomically. */
  public void write() throws IOException {
    AtomicFiles.writeString(
        dir.resolve(FILE), JSON.writeValueAsString(new Stored(FORMAT_VERSION, files)) + "\n");
  }

  /**
   * Checks that {@code name} is listed and still has the recorded size and SHA-256.
   *
   * @throws BadFileException naming the file (or the list, when the entry is missing)
   */
  public void verify(String name) throws IOException {
    Path file = dir.resolve(name);
    Path list = dir.resolve(FILE);
    Entry recorded = files.get(name);
    if (recorded == null) {
      throw new BadFileException(
          list, "has no entry for " + name + " (an entry removed, or the file added by hand)");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadFileException(file, "missing, but listed in " + list);
    }
    long size = Files.size(file);
    if (size != recorded.size()) {
      throw new BadFileException(
          file,
          (size < recorded.size() ? "truncated" : "too long")
              + " ("
              + size
              + " bytes; "
              + list
              + " records "
              + recorded.size()
              + ")");
    }
    if (!hash(file).sha256().equals(recorded.sha256())) {
      throw new BadFileException(
          file, "contents do not match its SHA-256 in " + list + " (damaged or edited)");
    }
  }

  /**
   * Checks every file of the directory as {@link #verify}: the files present first (so an entry
   * removed is reported as such), then the entries whose file is gone.
   */
  public void verifyAll() throws IOException {
    List<String> present = listed(dir);
    for (String name : present) {
      verify(name);
    }
    for (String name : files.keySet()) {
      if (!present.contains(name)) {
        verify(name);
      }
    }
  }

  /** The size and SHA-256 of {@code file}. */
  public static Entry hash(Path file) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        size += n;
      }
    }
    return new Entry(size, HexFormat.of().formatHex(digest.digest()));
  }

  /** Where {@link #digesting} leaves the entry of what it wrote. */
  public static final class Sink {
    private Entry entry;

    /** The entry of the bytes written; only once the writer has finished. */
    public Entry entry() {
      if (entry == null) {
        throw new IllegalStateException("nothing written yet");
      }
      return entry;
    }
  }

  /** {@code writer}, hashing what it writes as it goes, so a file's entry costs no second read. */
  public static AtomicFiles.Writer digesting(AtomicFiles.Writer writer, Sink sink) {
    return out -> {
      MessageDigest digest = sha256();
      CountingStream counted = new CountingStream(out);
      try (DigestOutputStream hashed = new DigestOutputStream(counted, digest)) {
        writer.write(hashed);
        hashed.flush();
        sink.entry = new Entry(counted.count, HexFormat.of().formatHex(digest.digest()));
      }
    };
  }

  private static List<String> listed(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(FILE) && !n.equals(RunLock.FILE) && !n.startsWith("."))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Counts bytes; closing it does not close the stream under it (its owner does). */
  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
