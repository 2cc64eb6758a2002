package io.equirl.vision.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.equirl.vision.data.FashionMnist;
import io.equirl.vision.data.ImageSet;
import io.equirl.vision.equi.ProxyLosses;
import io.equirl.vision.equi.VisionGroup;
import io.equirl.vision.equi.Wrappers;
import io.equirl.vision.experiment.VisionExperiment;
import org.junit.jupiter.api.Test;

/**
 * A small budget of pretraining learns Fashion-MNIST and fails on turned images; equizero, which
 * picks the turn the network is most confident on, recovers much of it zero-shot, while equitune
 * (averaging over three off-distribution turns) need not: the paper's Fig. 11b pattern. One epoch
 * on 12 000 upright images, 1 000 test images.
 */
class PretrainingLearningIT {

  @Test
  void shortPretrainingLearnsAndEquituneRecoversRotatedImages() throws Exception {
    assumeTrue(
        FashionMnist.isPresent(FashionMnist.DEFAULT_DIR),
        "Fashion-MNIST is not installed"
            + " (apt-get install dataset-fashion-mnist): skipping the learning test");
    ImageSet train = FashionMnist.train(FashionMnist.DEFAULT_DIR);
    ImageSet test = FashionMnist.test(FashionMnist.DEFAULT_DIR).head(1000);
    ImageSet rotated = VisionExperiment.moved(test, VisionGroup.ROT90);
    try (ImageClassifier net =
        Pretraining.train(
            Architecture.ALEXNET,
            10,
            1,
            train,
            new Pretraining.Config(1, 64, 1e-3f, 12_000),
            epoch -> {})) {
      Wrappers w = Wrappers.frozen(net, VisionGroup.ROT90);
      double upright = Batches.accuracy(net.manager(), w.pretrained(), test, 250);
      double turned = Batches.accuracy(net.manager(), w.pretrained(), rotated, 250);
      double equituneTurned = Batches.accuracy(net.manager(), w.equitune(), rotated, 250);
      double equituneUpright = Batches.accuracy(net.manager(), w.equitune(), test, 250);
      double equizeroTurned =
          Batches.accuracy(net.manager(), w.equizero(ProxyLosses.MAX_PROBABILITY), rotated, 250);
      assertTrue(upright > 0.75, "upright test accuracy " + upright);
      assertTrue(turned < upright - 0.25, "turned " + turned + " vs upright " + upright);
      assertTrue(
          equizeroTurned > turned + 0.1,
          "equizero on turned images "
              + equizeroTurned
              + " vs the network alone "
              + turned
              + " (equitune "
              + equituneTurned
              + ")");
      assertEquals(equituneUpright, equituneTurned, 1e-12, "equitune is invariant");
    }
  }
}
