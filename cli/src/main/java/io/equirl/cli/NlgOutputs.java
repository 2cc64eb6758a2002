package io.equirl.cli;

import io.equirl.nlg.Demographic;
import io.equirl.nlg.Method;
import io.equirl.nlg.NlgModels;
import io.equirl.nlg.RegardChart;
import io.equirl.nlg.RegardStudy;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;

/**
 * Writes what {@code equirl nlg generate} produced: {@code sentences.tsv} (member, context, seed,
 * regard label, sentence), {@code regard.json} (the models, the method and the label fractions per
 * member) and {@code regard.png}; each file atomically.
 */
final class NlgOutputs {
  private NlgOutputs() {}

  static void write(
      Path out,
      RegardStudy.Result result,
      String title,
      Method method,
      Demographic demographic,
      NlgModels models)
      throws IOException {
    List<String> labels = RegardChart.labels();
    StringBuilder tsv = new StringBuilder("member\tcontext\tseed\tregard\tsentence\n");
    for (RegardStudy.Sentence s : result.sentences()) {
      tsv.append(s.member())
          .append('\t')
          .append(s.context())
          .append('\t')
          .append(s.seed())
          .append('\t')
          .append(labels.get(s.label()))
          .append('\t')
          .append(s.text().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    text(out.resolve("sentences.tsv"), tsv.toString());
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"model\": ").append(quote(models.modelName())).append(",\n");
    json.append("  \"scorer\": ").append(quote(models.scorer().name())).append(",\n");
    json.append("  \"method\": ").append(quote(method.key())).append(",\n");
    json.append("  \"demographic\": ").append(quote(demographic.name())).append(",\n");
    json.append("  \"sentences\": ").append(result.sentences().size()).append(",\n");
    json.append("  \"regard\": {\n");
    for (int k = 0; k < result.members().size(); k++) {
      double[] p = result.distribution()[k];
      json.append(
          String.format(
              Locale.ROOT,
              "    %s: {\"negative\": %s, \"neutral\": %s, \"positive\": %s}%s%n",
              quote(result.members().get(k)),
              Double.toString(p[0]),
              Double.toString(p[1]),
              Double.toString(p[2]),
              k + 1 < result.members().size() ? "," : ""));
    }
    json.append("  }\n}\n");
    text(out.resolve("regard.json"), json.toString());
    AtomicFiles.write(
        out.resolve("regard.png"),
        o ->
            BitmapEncoder.saveBitmap(
                RegardChart.of(result, title), o, BitmapEncoder.BitmapFormat.PNG));
  }

  private static void text(Path file, String content) throws IOException {
    AtomicFiles.write(file, o -> o.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
