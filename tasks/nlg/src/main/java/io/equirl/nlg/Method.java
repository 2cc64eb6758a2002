package io.equirl.nlg;

import java.util.Locale;

/**
 * The generation methods compared in the paper's Fig. 3: the language model as is, EquiLM,
 * R-EquiLM, EquizeroLM and R-EquizeroLM. {@link #generator} builds each over any {@link
 * LanguageModel}, demographic group, regard scorer and tokenizer.
 */
public enum Method {
  LM("lm"),
  EQUILM("equilm"),
  R_EQUILM("r-equilm"),
  EQUIZEROLM("equizerolm"),
  R_EQUIZEROLM("r-equizerolm");

  /** The paper's beam length m: tokens per EquizeroLM decision. */
  public static final int BEAM = 5;

  /** R-EquizeroLM's loss advantage of the context as written (regard loss spans [−1, 1]). */
  public static final double RELAXED_MARGIN = 0.2;

  private final String key;

  Method(String key) {
    this.key = key;
  }

  /** The command-line name, e.g. {@code r-equilm}. */
  public String key() {
    return key;
  }

  public static Method parse(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    for (Method m : values()) {
      if (m.key.equals(k)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown method " + key + "; one of lm, equilm, r-equilm, equizerolm, r-equizerolm");
  }

  /** The generator of this method. */
  public SentenceGenerator generator(
      LanguageModel model, VocabularyGroup group, RegardScorer scorer, Tokenizer tokenizer) {
    Sampler sampler = new Sampler(group);
    return switch (this) {
      case LM -> new SamplingGenerator(model, sampler);
      case EQUILM -> new SamplingGenerator(new EquiLm(model, group, false), sampler);
      case R_EQUILM -> new SamplingGenerator(new EquiLm(model, group, true), sampler);
      case EQUIZEROLM -> new EquizeroGenerator(model, group, scorer, tokenizer, BEAM, 0);
      case R_EQUIZEROLM ->
          new EquizeroGenerator(model, group, scorer, tokenizer, BEAM, RELAXED_MARGIN);
    };
  }
}
