package io.equirl.vision.clip;

import ai.djl.ndarray.NDArray;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.equi.LambdaNet;
import io.equirl.vision.equi.LambdaTraining;
import io.equirl.vision.equi.ProxyLosses;
import io.equirl.vision.equi.VisionGroup;
import io.equirl.vision.equi.Wrappers;
import io.equirl.vision.experiment.VisionExperiment;
import io.equirl.vision.experiment.ZeroShotRow;
import io.equirl.vision.model.Batches;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Zero-shot classification with a CLIP-style encoder (paper Fig. 4, 5a): the encoder alone,
 * equitune, equizero with the maximal similarity as proxy (the paper's choice for CLIP), and
 * λ-equitune with λ trained on labelled images while the encoder stays frozen, each on the upright
 * test images and on the same images moved by random group elements.
 */
public final class ZeroShot {
  private ZeroShot() {}

  /**
   * Evaluates every method; λ-equitune only when {@code lambdaTrain} is non-null (trained with
   * {@code lambdaConfig} and {@code seed}).
   */
  public static List<ZeroShotRow> evaluate(
      TorchScriptEncoder encoder,
      VisionGroup group,
      ImageSet test,
      ImageSet lambdaTrain,
      LambdaTraining.Config lambdaConfig,
      long seed,
      int batchSize) {
    ImageSet moved = VisionExperiment.moved(test, group);
    Wrappers frozen = Wrappers.frozen(encoder, group);
    Map<String, Function<NDArray, NDArray>> methods = new LinkedHashMap<>();
    methods.put("encoder alone", frozen.pretrained());
    methods.put("equitune", frozen.equitune());
    methods.put("equizero (max similarity)", frozen.equizero(ProxyLosses.MAX_LOGIT));
    List<ZeroShotRow> rows = new ArrayList<>();
    var manager = encoder.manager();
    methods.forEach(
        (name, f) ->
            rows.add(
                new ZeroShotRow(
                    group.id(),
                    name,
                    (int) seed,
                    Batches.accuracy(manager, f, test, batchSize),
                    Batches.accuracy(manager, f, moved, batchSize))));
    if (lambdaTrain != null) {
      try (LambdaNet lambda = new LambdaNet(encoder.featureSize(), seed)) {
        LambdaTraining.train(encoder, lambda, group, lambdaTrain, lambdaConfig, seed, manager);
        Function<NDArray, NDArray> f = frozen.lambdaEquitune(lambda, false);
        rows.add(
            new ZeroShotRow(
                group.id(),
                "λ-equitune",
                (int) seed,
                Batches.accuracy(manager, f, test, batchSize),
                Batches.accuracy(manager, f, moved, batchSize)));
      }
    }
    return rows;
  }
}
