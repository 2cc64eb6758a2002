package io.equirl.vision.clip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Class embeddings for zero-shot classification, one class a line in a CSV file: {@code
 * name,v1,v2,...,vD} ({@code #} starts a comment line). Rows are L2-normalised on reading, as CLIP
 * compares by cosine similarity.
 *
 * @param names the class names in file order (the class index is the line's rank)
 * @param vectors {@code classes × dimension} values, each row of unit length
 */
@SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
public record ClassEmbeddings(List<String> names, float[] vectors, int dimension) {

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line for a missing file, a value that is
   *     not a number, rows of different lengths, a zero row, or fewer than two classes
   */
  public static ClassEmbeddings read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such class-embeddings file");
    }
    List<String> names = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length < 2) {
        throw new IllegalArgumentException(file + ":" + lineNo + ": expected name,v1,...,vD");
      }
      float[] v = new float[cells.length - 1];
      double norm = 0;
      for (int i = 1; i < cells.length; i++) {
        try {
          v[i - 1] = Float.parseFloat(cells[i].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              file + ":" + lineNo + ": '" + cells[i].trim() + "' is not a number");
        }
        norm += v[i - 1] * (double) v[i - 1];
      }
      if (!rows.isEmpty() && v.length != rows.get(0).length) {
        throw new IllegalArgumentException(
            file
                + ":"
                + lineNo
                + ": "
                + v.length
                + " values, the first class has "
                + rows.get(0).length);
      }
      if (!(norm > 0) || Double.isInfinite(norm)) {
        throw new IllegalArgumentException(
            file + ":" + lineNo + ": the embedding must be" + " finite and not all zero");
      }
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
      names.add(cells[0].trim());
      rows.add(v);
    }
    if (rows.size() < 2) {
      throw new IllegalArgumentException(
          file + ": needs at least two classes, found " + rows.size());
    }
    int d = rows.get(0).length;
    float[] all = new float[rows.size() * d];
    for (int c = 0; c < rows.size(); c++) {
      System.arraycopy(rows.get(c), 0, all, c * d, d);
    }
    return new ClassEmbeddings(List.copyOf(names), all, d);
  }

  /** Number of classes. */
  public int classes() {
    return names.size();
  }
}
