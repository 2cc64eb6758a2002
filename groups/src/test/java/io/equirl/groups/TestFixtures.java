package io.equirl.groups;

import java.util.List;
import java.util.Random;

/** Test fixtures shared with the tests of sub-packages (which cannot see package-private ones). */
public final class TestFixtures {
  private TestFixtures() {}

  /** An input and an output action of one group, and the shape of one input sample. */
  @SuppressWarnings("ArrayRecordComponent") // carries arrays by design; never compared by equals
  public record Setting(String name, ArrayAction in, ArrayAction out, long[] sampleShape) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A gather setting (CartPole), an image setting (D4) and a dense one (C4 matrices). */
  public static List<Setting> settings() {
    List<OperatorSettings> all = OperatorSettings.all();
    return List.of(
        new Setting(all.get(0).name(), all.get(0).in(), all.get(0).out(), new long[] {4}),
        new Setting(all.get(3).name(), all.get(3).in(), all.get(3).out(), new long[] {2, 3, 3}),
        new Setting(all.get(5).name(), all.get(5).in(), all.get(5).out(), new long[] {2}));
  }

  /** A random tanh MLP and a random positive λ beside it, with their weights readable. */
  public static Net mlp(Random random, int in, int hidden, int out) {
    TestModels.Mlp model = TestModels.mlp(random, in, hidden, out);
    TestModels.Mlp lambda = TestModels.mlp(random, in, 8, 1);
    return new Net(model, lambda);
  }

  /** Weights {@code W1 [hidden, in]}, {@code b1}, {@code W2 [out, hidden]}, {@code b2}. */
  public static final class Net {
    private final TestModels.Mlp model;
    private final TestModels.Mlp lambda;

    Net(TestModels.Mlp model, TestModels.Mlp lambda) {
      this.model = model;
      this.lambda = lambda;
    }

    public BatchModel model() {
      return model;
    }

    /** {@code softplus(λ-net(x)) + 0.05}, strictly positive. */
    public BatchModel lambdaModel() {
      int in = lambda.in;
      return BatchModel.perRow(
          in,
          1,
          (x, xo, y, yo) -> {
            float[] z = new float[1];
            lambda.row(x, xo, z, 0);
            y[yo] = (float) (Math.log1p(Math.exp(z[0])) + 0.05);
          });
    }

    public Net lambdaNet() {
      return new Net(lambda, lambda);
    }

    public float[] w1() {
      return model.w1;
    }

    public float[] b1() {
      return model.b1;
    }

    public float[] w2() {
      return model.w2;
    }

    public float[] b2() {
      return model.b2;
    }

    public int in() {
      return model.in;
    }

    public int hidden() {
      return model.hidden;
    }
  }
}
