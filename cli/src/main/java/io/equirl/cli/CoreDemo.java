package io.equirl.cli;

import io.equirl.groups.ActionLaws;
import io.equirl.groups.ArrayAction;
import io.equirl.groups.BatchModel;
import io.equirl.groups.Equitune;
import io.equirl.groups.Equizero;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.Groups;
import io.equirl.groups.ImageAction;
import io.equirl.groups.LambdaEquitune;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.ProxyLoss;
import io.equirl.groups.SignedPermutationAction;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code equirl demo --core}: a few seconds showing the group core at work. A random,
 * non-equivariant MLP is made equivariant by equitune, equizero and λ-equitune, on CartPole-like
 * observations under the flip and on small images under 90° rotations; the printed error {@code max
 * |M(g·x) − g·M(x)|} drops from order 1 to float rounding. Deterministic for a seed.
 */
final class CoreDemo {
  private final PrintWriter out;
  private final Random random;
  private final int samples;

  private CoreDemo(PrintWriter out, long seed, int samples) {
    this.out = out;
    this.random = new Random(seed);
    this.samples = samples;
  }

  /** Prints the check for {@code samples} random inputs per row. */
  static void run(PrintWriter out, long seed, int samples) {
    if (samples < 1) {
      throw new IllegalArgumentException("--samples must be >= 1, got " + samples);
    }
    CoreDemo demo = new CoreDemo(out, seed, samples);
    out.printf(
        "equirl demo --core: the group core (seed %d, %d random inputs per row)%n", seed, samples);
    out.println("error = max over inputs x and group elements g of |M(g·x) − g·M(x)|");

    FiniteGroup flip = Groups.flip();
    demo.show(
        "CartPole-like observations (4 floats); C2 flips x ↦ −x and swaps the two" + " actions",
        SignedPermutationAction.negation(flip, 4),
        PermutationAction.swap(flip, 2, 0, 1));

    FiniteGroup c4 = Groups.cyclic(4);
    demo.show(
        "3×6×6 images; C4 rotates them by 90°; the 4 outputs are permuted like C4" + " itself",
        ImageAction.rotations(c4, 3, 6, 6),
        PermutationAction.regular(c4));
    out.flush();
  }

  private void show(String title, ArrayAction in, ArrayAction outAction) {
    BatchModel model = new RandomMlp(random, in.size(), 32, outAction.size());
    BatchModel lambda = positive(new RandomMlp(random, in.size(), 8, 1));
    List<float[]> xs = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      float[] x = new float[in.size()];
      for (int j = 0; j < x.length; j++) {
        x[j] = (float) random.nextGaussian();
      }
      xs.add(x);
    }
    Equitune equitune = new Equitune(model, in, outAction);
    Equizero equizero = new Equizero(model, in, outAction, ProxyLoss.negativeMax());
    LambdaEquitune lambdaEquitune = new LambdaEquitune(model, lambda, in, outAction);
    ActionLaws.FloatMap plain =
        x -> {
          float[] y = new float[outAction.size()];
          model.forward(x, 1, y);
          return y;
        };
    out.println();
    out.printf("%s (group %s, |G| = %d)%n", title, in.group().name(), in.group().order());
    row(out, "random MLP M", ActionLaws.equivarianceError(plain, in, outAction, xs));
    row(out, "equitune", ActionLaws.equivarianceError(equitune::apply, in, outAction, xs));
    row(out, "equizero", ActionLaws.equivarianceError(equizero::apply, in, outAction, xs));
    row(out, "λ-equitune", ActionLaws.equivarianceError(lambdaEquitune::apply, in, outAction, xs));
  }

  private static void row(PrintWriter out, String name, double error) {
    out.printf("  %-14s error %.2e%n", name, error);
  }

  /** {@code softplus(net(x)) + 0.01}: a random strictly positive λ. */
  private static BatchModel positive(RandomMlp net) {
    return new BatchModel() {
      @Override
      public int inputSize() {
        return net.inputSize();
      }

      @Override
      public int outputSize() {
        return 1;
      }

      @Override
      public void forward(float[] inputs, int batchSize, float[] outputs) {
        net.forward(inputs, batchSize, outputs);
        for (int b = 0; b < batchSize; b++) {
          outputs[b] = (float) (Math.log1p(Math.exp(outputs[b])) + 0.01);
        }
      }
    };
  }

  /** {@code W2 tanh(W1 x + b1) + b2} with Gaussian weights: deliberately not equivariant. */
  private static final class RandomMlp implements BatchModel {
    private final int in;
    private final int hidden;
    private final int out;
    private final float[] w1;
    private final float[] w2;
    private final float[] b1;
    private final float[] b2;
    private final float[] h;

    RandomMlp(Random random, int in, int hidden, int out) {
      this.in = in;
      this.hidden = hidden;
      this.out = out;
      this.w1 = gaussian(random, hidden * in, 1 / Math.sqrt(in));
      this.b1 = gaussian(random, hidden, 0.5);
      this.w2 = gaussian(random, out * hidden, 1 / Math.sqrt(hidden));
      this.b2 = gaussian(random, out, 0.5);
      this.h = new float[hidden];
    }

    @Override
    public int inputSize() {
      return in;
    }

    @Override
    public int outputSize() {
      return out;
    }

    @Override
    public void forward(float[] inputs, int batchSize, float[] outputs) {
      for (int b = 0; b < batchSize; b++) {
        for (int k = 0; k < hidden; k++) {
          double s = b1[k];
          for (int i = 0; i < in; i++) {
            s += w1[k * in + i] * inputs[b * in + i];
          }
          h[k] = (float) Math.tanh(s);
        }
        for (int o = 0; o < out; o++) {
          double s = b2[o];
          for (int k = 0; k < hidden; k++) {
            s += w2[o * hidden + k] * h[k];
          }
          outputs[b * out + o] = (float) s;
        }
      }
    }

    private static float[] gaussian(Random random, int n, double scale) {
      float[] a = new float[n];
      for (int i = 0; i < n; i++) {
        a[i] = (float) (random.nextGaussian() * scale);
      }
      return a;
    }
  }
}
