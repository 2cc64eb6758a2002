package io.equirl.scan.train;

/**
 * PyTorch's Adam (β = 0.9, 0.999; ε = 1e-8; bias-corrected), on a flat parameter array. The
 * reference keeps one optimizer for the encoder and one for the decoder with equal settings and
 * step counts, which is the same update as one over both.
 */
public final class Adam {
  private final double learningRate;
  private final double beta1 = 0.9;
  private final double beta2 = 0.999;
  private final double epsilon = 1e-8;
  final double[] m;
  final double[] v;
  long step;

  public Adam(int size, double learningRate) {
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
    this.learningRate = learningRate;
    this.m = new double[size];
    this.v = new double[size];
  }

  /** One update of {@code theta} with gradient {@code grad}. */
  public void update(double[] theta, double[] grad) {
    step++;
    double c1 = 1 - Math.pow(beta1, (double) step);
    double c2 = Math.sqrt(1 - Math.pow(beta2, (double) step));
    double size = learningRate / c1;
    for (int k = 0; k < theta.length; k++) {
      double g = grad[k];
      m[k] = beta1 * m[k] + (1 - beta1) * g;
      v[k] = beta2 * v[k] + (1 - beta2) * g * g;
      theta[k] -= size * m[k] / (Math.sqrt(v[k]) / c2 + epsilon);
    }
  }

  /**
   * Scales {@code grad[from..to)} so its Euclidean norm is at most {@code maxNorm}, as {@code
   * torch.nn.utils.clip_grad_norm_} (which adds 1e-6 to the norm); returns the norm before.
   */
  public static double clip(double[] grad, int from, int to, double maxNorm) {
    double sum = 0;
    for (int k = from; k < to; k++) {
      sum += grad[k] * grad[k];
    }
    double norm = Math.sqrt(sum);
    double coefficient = maxNorm / (norm + 1e-6);
    if (coefficient < 1) {
      for (int k = from; k < to; k++) {
        grad[k] *= coefficient;
      }
    }
    return norm;
  }
}
