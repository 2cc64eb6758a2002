package io.equirl.training.optim;

/** SB3's {@code polyak_update}: {@code target ← (1 − τ)·target + τ·online}; τ = 1 copies. */
public final class TargetUpdate {
  private TargetUpdate() {}

  /** Updates {@code target} in place from {@code online}. */
  public static void polyak(float[][] online, float[][] target, double tau) {
    if (tau == 1.0) {
      for (int i = 0; i < online.length; i++) {
        System.arraycopy(online[i], 0, target[i], 0, online[i].length);
      }
      return;
    }
    float keep = (float) (1 - tau);
    float take = (float) tau;
    for (int i = 0; i < online.length; i++) {
      float[] o = online[i];
      float[] t = target[i];
      for (int k = 0; k < o.length; k++) {
        t[k] = t[k] * keep + take * o[k];
      }
    }
  }
}
