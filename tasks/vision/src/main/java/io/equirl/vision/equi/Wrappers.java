package io.equirl.vision.equi;

import ai.djl.ndarray.NDArray;
import io.equirl.groups.nd.NdAction;
import io.equirl.groups.nd.NdOperators;
import io.equirl.vision.model.FeatureClassifier;
import java.util.function.Function;

/**
 * A classifier made invariant by the group-nd operators: each wrapper maps images {@code [B, C, H,
 * W]} to class logits {@code [B, classes]}, sending the |G| transformed images through the network
 * as one batch.
 *
 * <p>The feature extractor never takes gradients here (finetuning probes only the head, paper D.4).
 * {@link #frozen} also cuts the head's gradients, for training λ alone; {@link #probing} lets them
 * flow, for finetuning the head.
 */
public final class Wrappers {
  private final FeatureClassifier net;
  private final NdAction in;
  private final NdAction out;
  private final boolean headTrains;

  private Wrappers(FeatureClassifier net, VisionGroup group, boolean headTrains) {
    this.net = net;
    this.in = group.input(net.imageShape());
    this.out = group.output(net.classes());
    this.headTrains = headTrains;
  }

  /** Wrappers with no gradient into the network (evaluation, λ training). */
  public static Wrappers frozen(FeatureClassifier net, VisionGroup group) {
    return new Wrappers(net, group, false);
  }

  /** Wrappers whose head takes gradients (linear probing). */
  public static Wrappers probing(FeatureClassifier net, VisionGroup group) {
    return new Wrappers(net, group, true);
  }

  /** The network alone. */
  public Function<NDArray, NDArray> pretrained() {
    return this::logits;
  }

  /** Equitune: the mean of the logits over the orbit. */
  public Function<NDArray, NDArray> equitune() {
    return x -> NdOperators.equitune(this::logits, in, out, x);
  }

  /** Equizero: the logits of the transform with the least proxy loss. */
  public Function<NDArray, NDArray> equizero(ProxyLosses proxy) {
    return x -> NdOperators.equizero(this::logits, proxy.loss(), in, out, x).output();
  }

  /** Equizero's value with equitune's gradient, for finetuning (§3.3). */
  public Function<NDArray, NDArray> straightThrough(ProxyLosses proxy) {
    return x -> NdOperators.straightThrough(this::logits, proxy.loss(), in, out, x);
  }

  /**
   * λ-equitune with weights {@code λ(features(g·x))}. λ reads the features the network computed for
   * the same stacked batch, so the orbit goes through the feature extractor once.
   *
   * @param lambdaTrains whether gradients reach λ (training λ) or stop at its output
   */
  public Function<NDArray, NDArray> lambdaEquitune(LambdaNet lambda, boolean lambdaTrains) {
    return x -> {
      NDArray[] last = new NDArray[2]; // the stacked batch the model saw, and its features
      Function<NDArray, NDArray> model =
          stacked -> {
            last[0] = stacked;
            last[1] = features(stacked);
            return head(last[1]);
          };
      Function<NDArray, NDArray> weights =
          stacked -> {
            NDArray w = lambda.weights(stacked == last[0] ? last[1] : features(stacked));
            return lambdaTrains ? w : w.stopGradient();
          };
      return NdOperators.lambdaEquitune(model, weights, in, out, x);
    };
  }

  private NDArray logits(NDArray x) {
    return head(features(x));
  }

  private NDArray features(NDArray x) {
    return net.features(x).stopGradient();
  }

  private NDArray head(NDArray features) {
    NDArray z = net.logitsOf(features);
    return headTrains ? z : z.stopGradient();
  }
}
