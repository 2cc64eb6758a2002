package io.equirl.training.optim;

/**
 * PyTorch's {@code smooth_l1_loss} with β = 1 and mean reduction, as SB3's DQN uses: {@code ½d²}
 * for {@code |d| < 1}, {@code |d| − ½} otherwise, averaged over the batch.
 */
public final class Huber {
  private Huber() {}

  /**
   * The loss of {@code predicted} against {@code target}, and its gradient with respect to each
   * prediction ({@code clamp(d, −1, 1) / n}) written into {@code gradient}.
   */
  public static double lossAndGradient(float[] predicted, float[] target, int n, float[] gradient) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      float d = predicted[i] - target[i];
      float a = Math.abs(d);
      sum += a < 1f ? 0.5 * d * d : a - 0.5;
      gradient[i] = Math.max(-1f, Math.min(1f, d)) / n;
    }
    return sum / n;
  }
}
