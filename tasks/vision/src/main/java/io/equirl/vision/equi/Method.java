package io.equirl.vision.equi;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/** The wrappers compared in the tables, each with its id and how to build it. */
public enum Method {
  PRETRAINED("pretrained"),
  EQUITUNE("equitune"),
  EQUIZERO_MAXPROB("equizero (−max prob)"),
  EQUIZERO_ENTROPY("equizero (entropy)"),
  LAMBDA_EQUITUNE("λ-equitune");

  private final String label;

  Method(String label) {
    this.label = label;
  }

  /** The name in tables and figures. */
  public String label() {
    return label;
  }

  /** The evaluation function of this method ({@code lambda} only read by λ-equitune). */
  public Function<NDArray, NDArray> of(Wrappers wrappers, LambdaNet lambda) {
    return switch (this) {
      case PRETRAINED -> wrappers.pretrained();
      case EQUITUNE -> wrappers.equitune();
      case EQUIZERO_MAXPROB -> wrappers.equizero(ProxyLosses.MAX_PROBABILITY);
      case EQUIZERO_ENTROPY -> wrappers.equizero(ProxyLosses.ENTROPY);
      case LAMBDA_EQUITUNE -> wrappers.lambdaEquitune(lambda, false);
    };
  }
}
