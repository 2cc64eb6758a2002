package io.equirl.training.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The update's numerical pieces against values worked out by hand. */
class OptimTest {

  @Test
  void huberIsQuadraticInsideOneAndLinearOutside() {
    float[] pred = {0.5f, 3f, -2f, 1f};
    float[] target = {0f, 0f, 0f, 1f};
    float[] grad = new float[4];
    // 0.5·0.5² = 0.125; 3 − 0.5 = 2.5; 2 − 0.5 = 1.5; 0 → mean 4.125 / 4.
    assertEquals(4.125 / 4, Huber.lossAndGradient(pred, target, 4, grad), 1e-12);
    assertArrayEquals(new float[] {0.5f / 4, 1f / 4, -1f / 4, 0f}, grad, 1e-7f);
  }

  @Test
  void clippingScalesByTheGlobalNormNotPerElement() {
    float[][] g = {{3f}, {4f}};
    assertEquals(5.0, GlobalNormClipping.clip(g, 1.0), 1e-12);
    // max_norm / (5 + 1e-6), as torch.nn.utils.clip_grad_norm_.
    float c = (float) (1.0 / (5 + 1e-6));
    assertArrayEquals(new float[] {3 * c}, g[0], 1e-7f);
    assertArrayEquals(new float[] {4 * c}, g[1], 1e-7f);
    float[][] small = {{0.3f, 0.4f}};
    assertEquals(0.5, GlobalNormClipping.clip(small, 10), 1e-7);
    assertArrayEquals(new float[] {0.3f, 0.4f}, small[0]);
  }

  @Test
  void adamTakesStepsOfTheLearningRateForAConstantGradient() {
    // With bias correction, m̂ = g and v̂ = g² for a constant g, so each step is lr·g/(|g|+ε).
    Adam adam = new Adam(0.1, 1e-8, new int[] {2});
    float[][] p = {{1f, -1f}};
    float[][] g = {{0.5f, -2f}};
    adam.step(p, g);
    assertArrayEquals(new float[] {0.9f, -0.9f}, p[0], 1e-6f);
    adam.step(p, g);
    assertArrayEquals(new float[] {0.8f, -0.8f}, p[0], 1e-6f);
    assertEquals(2, adam.steps());
  }

  @Test
  void adamSecondStepAfterAChangedGradient() {
    // g1 = 1, g2 = 0: m = 0.09, v = 0.000999; m̂ = 0.09/0.19, v̂ = 0.000999/0.001999.
    Adam adam = new Adam(1.0, 1e-8, new int[] {1});
    float[][] p = {{0f}};
    adam.step(p, new float[][] {{1f}});
    adam.step(p, new float[][] {{0f}});
    double mHat = 0.09 / 0.19;
    double vHat = 0.000999 / (1 - 0.999 * 0.999);
    assertEquals(-1.0 - mHat / Math.sqrt(vHat), p[0][0], 1e-5);
  }

  @Test
  void polyakBlendsAndTauOneCopies() {
    float[][] online = {{1f, 2f}};
    float[][] target = {{0f, 0f}};
    TargetUpdate.polyak(online, target, 0.1);
    assertArrayEquals(new float[] {0.1f, 0.2f}, target[0], 1e-7f);
    TargetUpdate.polyak(online, target, 0.5);
    assertArrayEquals(new float[] {0.55f, 1.1f}, target[0], 1e-6f);
    TargetUpdate.polyak(online, target, 1.0);
    assertArrayEquals(online[0], target[0]);
  }

  @Test
  void epsilonDecaysLinearlyOverTheFractionThenStays() {
    LinearSchedule s = new LinearSchedule(1.0, 0.05, 0.1);
    assertEquals(1.0, s.value(1.0), 1e-12);
    assertEquals(1.0 + 0.05 * (0.05 - 1.0) / 0.1, s.value(0.95), 1e-12); // halfway: 0.525
    assertEquals(0.525, s.value(0.95), 1e-12);
    assertEquals(0.05, s.value(0.9), 1e-12);
    assertEquals(0.05, s.value(0.2), 1e-12);
    assertEquals(0.05, s.value(-0.01), 1e-12);
  }
}
