package io.equirl.cli;

import io.equirl.nlg.Demographic;
import io.equirl.nlg.Method;
import io.equirl.nlg.NlgModels;
import io.equirl.nlg.RegardStudy;
import io.equirl.nlg.VocabularyGroup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code equirl nlg}: fair language generation (the paper's Fig. 3). */
@Command(
    name = "nlg",
    mixinStandardHelpOptions = true,
    description = "Fair language generation with EquiLM and EquizeroLM (the paper's Fig. 3).",
    subcommands = {NlgCommand.GenerateCommand.class})
final class NlgCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** {@code equirl nlg generate}: sentences, regard per demographic, and the figure. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Continue Sheng et al.'s respect and occupation contexts for each member of",
        "a demographic pair, score the sentences' regard, and write sentences.tsv,",
        "regard.json and regard.png (in the manner of Fig. 3) to --out."
      })
  static final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--lm",
        required = true,
        paramLabel = "SPEC",
        description =
            "ngram:CORPUS (the offline stand-in, a trigram model trained on a file or "
                + "folder, e.g. /usr/share/games/fortunes) or torchscript:DIR (model.pt and "
                + "tokenizer.json of an exported causal LM such as GPT-2; see docs/nlg.md).")
    String lm;

    @Option(
        names = "--scorer",
        required = true,
        paramLabel = "SPEC",
        description =
            "lexicon (the offline stand-in) or torchscript:DIR (model.pt, "
                + "tokenizer.json and labels.txt of an exported regard classifier).")
    String scorer;

    @Option(
        names = "--method",
        defaultValue = "equilm",
        paramLabel = "NAME",
        description =
            "lm, equilm, r-equilm, equizerolm or r-equizerolm (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(
        names = "--demographic",
        defaultValue = "man-woman",
        paramLabel = "PAIR",
        description = "man-woman, black-white or straight-gay (default: ${DEFAULT-VALUE}).")
    String demographic;

    @Option(
        names = "--samples",
        defaultValue = "10",
        paramLabel = "N",
        description = "Sentences per context and member, seeds 0..N-1 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(
        names = "--length",
        defaultValue = "15",
        paramLabel = "N",
        description = "Tokens generated per sentence (default: ${DEFAULT-VALUE}, the paper's).")
    int length;

    @Option(
        names = "--vocabulary",
        defaultValue = "8000",
        paramLabel = "N",
        description = "Words kept by the ngram stand-in (default: ${DEFAULT-VALUE}).")
    int vocabulary;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
      Method m = Method.parse(method);
      Demographic d = Demographic.parse(demographic);
      RegardStudy study = new RegardStudy(d, samples, length);
      PrintWriter stdout = spec.commandLine().getOut();
      try (NlgModels models = NlgModels.open(lm, scorer, vocabulary)) {
        VocabularyGroup group = d.group(models.tokenizer(), models.model().vocabularySize());
        RegardStudy.Result result =
            study.run(
                m.generator(models.model(), group, models.scorer(), models.tokenizer()),
                models.tokenizer(),
                models.scorer());
        // The figure's title names the model only (the scorer is in regard.json): it must fit.
        String title = m.key() + ", " + d.name() + ": " + models.modelName();
        NlgOutputs.write(out, result, title, m, d, models);
        stdout.println(title + "; " + models.scorer().name());
        for (int k = 0; k < result.members().size(); k++) {
          double[] p = result.distribution()[k];
          stdout.printf(
              Locale.ROOT,
              "%-16s negative %.3f  neutral %.3f  positive %.3f%n",
              result.members().get(k),
              p[0],
              p[1],
              p[2]);
        }
        stdout.println("wrote " + out.resolve("sentences.tsv") + ", regard.json, regard.png");
      }
      stdout.flush();
      return 0;
    }
  }
}
