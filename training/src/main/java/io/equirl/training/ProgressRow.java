package io.equirl.training;

import io.equirl.training.store.FileReads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of {@code progress.csv}. Every column but the timing ones ({@code sps}, {@code time_s})
 * is a function of seed and config alone.
 *
 * @param step env steps so far
 * @param episodes finished episodes so far
 * @param meanReturn mean return of the last {@code stats_window_size} episodes (NaN before the
 *     first)
 * @param meanLength mean length of the same episodes
 * @param loss mean Huber loss of the gradient steps since the previous row (NaN if none)
 * @param epsilon the exploration rate after this step
 * @param updates gradient steps so far
 * @param sps env steps per second since this process started training
 * @param seconds wall-clock seconds since this process started training
 */
public record ProgressRow(
    long step,
    long episodes,
    double meanReturn,
    double meanLength,
    double loss,
    double epsilon,
    long updates,
    double sps,
    double seconds) {

  /** The CSV header line. */
  public static final String HEADER =
      "step,episodes,mean_return,mean_length,loss,epsilon,updates,sps,time_s";

  /** The row as a CSV line (no line break). */
  public String toCsv() {
    return String.format(
        Locale.ROOT,
        "%d,%d,%s,%s,%s,%s,%d,%.1f,%.3f",
        step,
        episodes,
        num(meanReturn),
        num(meanLength),
        num(loss),
        num(epsilon),
        updates,
        sps,
        seconds);
  }

  /** The columns that do not depend on timing, for determinism checks. */
  public String deterministicPart() {
    String csv = toCsv();
    int cut = csv.lastIndexOf(',', csv.lastIndexOf(',') - 1);
    return csv.substring(0, cut);
  }

  /** Parses a line written by {@link #toCsv()}. */
  public static ProgressRow parse(String line) {
    String[] f = line.split(",", -1);
    if (f.length != 9) {
      throw new IllegalArgumentException("expected 9 columns, got: " + line);
    }
    return new ProgressRow(
        Long.parseLong(f[0]),
        Long.parseLong(f[1]),
        Double.parseDouble(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]),
        Long.parseLong(f[6]),
        Double.parseDouble(f[7]),
        Double.parseDouble(f[8]));
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "NaN" : Double.toString(v);
  }

  /** The rows as {@code progress.csv} holds them: the header, then one line per row. */
  public static String csv(List<ProgressRow> rows) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (ProgressRow r : rows) {
      sb.append(r.toCsv()).append('\n');
    }
    return sb.toString();
  }

  /** The rows of a {@code progress.csv} written by {@link #csv}. */
  public static List<ProgressRow> readCsv(Path file) throws IOException {
    return FileReads.read(
        file,
        f -> {
          List<String> lines = Files.readAllLines(f);
          if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("does not start with the header line " + HEADER);
          }
          List<ProgressRow> rows = new ArrayList<>();
          for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
              rows.add(parse(line));
            }
          }
          return rows;
        });
  }
}
