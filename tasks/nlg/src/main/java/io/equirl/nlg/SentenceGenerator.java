package io.equirl.nlg;

/** Continues a token context: the algorithms of {@link Method} behind one call. */
@FunctionalInterface
public interface SentenceGenerator {

  /**
   * The {@code length} tokens generated after {@code context} from the random stream {@code seed};
   * a pure function of its arguments.
   */
  int[] continuation(int[] context, int length, long seed);
}
