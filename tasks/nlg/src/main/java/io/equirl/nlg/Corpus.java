package io.equirl.nlg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A text corpus for the stand-in model: a file, or every file without an extension in a folder (as
 * Debian's {@code fortunes} package lays out {@code /usr/share/games/fortunes}). Entries are
 * separated by lines holding only {@code %} (the fortune format) or by blank lines.
 */
public final class Corpus {
  private final List<List<String>> entries;

  private Corpus(List<List<String>> entries) {
    this.entries = entries;
  }

  /** Reads {@code path}, a file or a folder of files. */
  public static Corpus read(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("corpus " + path + " does not exist");
    }
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().contains("."))
            .sorted()
            .forEach(files::add);
      }
    } else {
      files.add(path);
    }
    List<List<String>> entries = new ArrayList<>();
    for (Path f : files) {
      StringBuilder entry = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
        if (line.trim().equals("%") || line.isBlank()) {
          flush(entry, entries);
        } else {
          entry.append(line).append(' ');
        }
      }
      flush(entry, entries);
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("corpus " + path + " holds no text");
    }
    return new Corpus(entries);
  }

  private static void flush(StringBuilder entry, List<List<String>> entries) {
    List<String> words = WordTokenizer.split(entry.toString());
    if (!words.isEmpty()) {
      entries.add(words);
    }
    entry.setLength(0);
  }

  /** Entries as lists of lower-cased words and punctuation. */
  public List<List<String>> entries() {
    return entries;
  }

  /**
   * The {@code maxWords} most frequent words (ties alphabetical), plus {@code required} words (the
   * demographic and neutral lists) so the group can act even on rare ones.
   */
  public List<String> vocabulary(int maxWords, List<String> required) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> e : entries) {
      for (String w : e) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    Set<String> words = new LinkedHashSet<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(maxWords)
        .forEach(e -> words.add(e.getKey()));
    words.addAll(required);
    return List.copyOf(words);
  }

  /** Every entry encoded by {@code tokenizer}, each led by a period as a sentence start. */
  public List<int[]> encode(WordTokenizer tokenizer) {
    List<int[]> out = new ArrayList<>();
    for (List<String> e : entries) {
      out.add(tokenizer.encode(". " + String.join(" ", e)));
    }
    return out;
  }
}
