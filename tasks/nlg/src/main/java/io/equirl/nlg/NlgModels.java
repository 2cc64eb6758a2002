package io.equirl.nlg;

import io.equirl.nlg.torchscript.HuggingFaceTokens;
import io.equirl.nlg.torchscript.TorchScriptLm;
import io.equirl.nlg.torchscript.TorchScriptRegardScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The language model, its tokenizer and the regard scorer named on the command line: {@code
 * ngram:CORPUS} or {@code torchscript:DIR} for the model, {@code lexicon} or {@code
 * torchscript:DIR} for the scorer. Closes what it opened.
 */
public final class NlgModels implements AutoCloseable {
  private final LanguageModel model;
  private final Tokenizer tokenizer;
  private final RegardScorer scorer;
  private final String modelName;
  private final List<AutoCloseable> owned;

  private NlgModels(
      LanguageModel model,
      Tokenizer tokenizer,
      RegardScorer scorer,
      String modelName,
      List<AutoCloseable> owned) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.scorer = scorer;
    this.modelName = modelName;
    this.owned = owned;
  }

  /**
   * Opens the models of {@code lmSpec} and {@code scorerSpec}.
   *
   * @param vocabulary the words the ngram stand-in keeps
   */
  public static NlgModels open(String lmSpec, String scorerSpec, int vocabulary)
      throws IOException {
    List<AutoCloseable> owned = new ArrayList<>();
    try {
      LanguageModel model;
      Tokenizer tokenizer;
      String name;
      if (lmSpec.startsWith("ngram:")) {
        StandIns s = StandIns.train(Path.of(lmSpec.substring("ngram:".length())), vocabulary);
        model = s.model();
        tokenizer = s.tokenizer();
        name = StandIns.MODEL_NAME;
      } else if (lmSpec.startsWith("torchscript:")) {
        Path dir = Path.of(lmSpec.substring("torchscript:".length()));
        TorchScriptLm lm = TorchScriptLm.load(dir);
        owned.add(lm);
        HuggingFaceTokens tokens = HuggingFaceTokens.load(dir, false, "--lm");
        owned.add(tokens);
        model = lm;
        tokenizer = tokens;
        name = "TorchScript LM " + dir.getFileName();
      } else {
        throw new IllegalArgumentException(
            "--lm: expected ngram:CORPUS or torchscript:DIR, got " + lmSpec);
      }
      RegardScorer scorer;
      if (scorerSpec.equals("lexicon")) {
        scorer = new LexiconRegardScorer();
      } else if (scorerSpec.startsWith("torchscript:")) {
        TorchScriptRegardScorer s =
            TorchScriptRegardScorer.load(Path.of(scorerSpec.substring("torchscript:".length())));
        owned.add(s);
        scorer = s;
      } else {
        throw new IllegalArgumentException(
            "--scorer: expected lexicon or torchscript:DIR, got " + scorerSpec);
      }
      return new NlgModels(model, tokenizer, scorer, name, owned);
    } catch (IOException | RuntimeException e) {
      closeAll(owned);
      throw e;
    }
  }

  public LanguageModel model() {
    return model;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public RegardScorer scorer() {
    return scorer;
  }

  /** What the model is, for the outputs: the stand-in says so. */
  public String modelName() {
    return modelName;
  }

  @Override
  public void close() {
    closeAll(owned);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        // Closing native models cannot fail in a way the user can act on; keep closing the rest.
      }
    }
  }
}
