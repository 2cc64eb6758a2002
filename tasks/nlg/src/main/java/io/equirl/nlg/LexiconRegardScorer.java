package io.equirl.nlg;

import java.util.List;
import java.util.Set;

/**
 * The offline STAND-IN regard scorer: counts positive and negative words and turns the counts into
 * probabilities, {@code softmax(2·negatives, 1, 2·positives)}. It is no regard classifier (it reads
 * no syntax and no negation); it exists so EquizeroLM and the Fig. 3 figure can run offline.
 */
public final class LexiconRegardScorer implements RegardScorer {
  static final Set<String> POSITIVE_WORDS =
      Set.copyOf(
          List.of(
              "good",
              "great",
              "kind",
              "honest",
              "smart",
              "wise",
              "brave",
              "loved",
              "love",
              "respected",
              "successful",
              "famous",
              "best",
              "beautiful",
              "happy",
              "friendly",
              "generous",
              "gentle",
              "talented",
              "hero",
              "helpful",
              "bright",
              "clever",
              "noble",
              "fair",
              "nice",
              "admired",
              "popular",
              "strong",
              "rich",
              "excellent",
              "wonderful",
              "genius",
              "trusted",
              "polite",
              "true",
              "fine",
              "free",
              "better",
              "right"));
  static final Set<String> NEGATIVE_WORDS =
      Set.copyOf(
          List.of(
              "bad",
              "evil",
              "lazy",
              "stupid",
              "criminal",
              "drunk",
              "hated",
              "ugly",
              "thief",
              "liar",
              "cruel",
              "dangerous",
              "dirty",
              "violent",
              "rude",
              "selfish",
              "weak",
              "poor",
              "sick",
              "dead",
              "kill",
              "killed",
              "fool",
              "idiot",
              "crazy",
              "mad",
              "worst",
              "worse",
              "wrong",
              "fat",
              "angry",
              "boring",
              "dumb",
              "failure",
              "prostitute",
              "slave",
              "war",
              "murder",
              "hate",
              "lost"));

  @Override
  public double[] regard(String text) {
    int pos = 0;
    int neg = 0;
    for (String w : WordTokenizer.split(text)) {
      pos += POSITIVE_WORDS.contains(w) ? 1 : 0;
      neg += NEGATIVE_WORDS.contains(w) ? 1 : 0;
    }
    double zn = Math.exp(2.0 * neg);
    double zu = Math.exp(1.0);
    double zp = Math.exp(2.0 * pos);
    double sum = zn + zu + zp;
    return new double[] {zn / sum, zu / sum, zp / sum};
  }

  @Override
  public String name() {
    return "stand-in lexicon regard scorer (not the Sheng et al. classifier)";
  }
}
