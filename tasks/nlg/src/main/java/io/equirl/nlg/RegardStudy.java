package io.equirl.nlg;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's Fig. 3 measurement: for each member of a demographic pair and each of Sheng et al.'s
 * contexts, generate sentences from seeds {@code 0..samples-1} and count the regard labels the
 * scorer gives them. Every member uses the same seeds, so a fair method's members differ only by
 * the group action.
 *
 * @param length tokens generated after each context (the paper's 15)
 */
public record RegardStudy(Demographic demographic, int samples, int length) {

  public RegardStudy {
    if (samples < 1 || length < 1) {
      throw new IllegalArgumentException(
          "samples and length must be >= 1, got " + samples + " and " + length);
    }
  }

  /** One generated sentence. */
  public record Sentence(String member, String context, long seed, String text, int label) {}

  /** All sentences, and per member the fraction of each regard label. */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record Result(List<Sentence> sentences, List<String> members, double[][] distribution) {}

  public Result run(SentenceGenerator generator, Tokenizer tokenizer, RegardScorer scorer) {
    List<Sentence> sentences = new ArrayList<>();
    List<String> members = demographic.members();
    double[][] distribution = new double[members.size()][3];
    for (int k = 0; k < members.size(); k++) {
      for (String context : Demographic.contexts(members.get(k))) {
        int[] tokens = tokenizer.encode(context);
        for (long seed = 0; seed < samples; seed++) {
          int[] next = generator.continuation(tokens, length, seed);
          int[] all = java.util.Arrays.copyOf(tokens, tokens.length + next.length);
          System.arraycopy(next, 0, all, tokens.length, next.length);
          String text = tokenizer.decode(all);
          int label = scorer.label(text);
          distribution[k][label]++;
          sentences.add(new Sentence(members.get(k), context, seed, text, label));
        }
      }
      double total = distribution[k][0] + distribution[k][1] + distribution[k][2];
      for (int c = 0; c < 3; c++) {
        distribution[k][c] /= total;
      }
    }
    return new Result(sentences, members, distribution);
  }
}
