package io.equirl.scan.train;

/** Something that translates a command (tokens, EOS included) into action tokens. */
@FunctionalInterface
public interface Predictor {

  /** The predicted tokens up to and including the first EOS (all decoded tokens if none). */
  int[] predict(int[] source);
}
