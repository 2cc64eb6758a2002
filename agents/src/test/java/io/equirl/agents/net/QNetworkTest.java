package io.equirl.agents.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QNetworkTest {
  private static final QNetworkSpec MLP =
      new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(64, 64));

  private static float[] states(int batch, int size, long seed) {
    SplitMix64 rng = new SplitMix64(seed);
    float[] s = new float[batch * size];
    for (int i = 0; i < s.length; i++) {
      s[i] = (float) (4 * rng.nextDouble() - 2);
    }
    return s;
  }

  private static float[] djlForward(QNetwork net, float[] states, int batch, boolean features) {
    try (NDManager m = net.manager().newSubManager()) {
      NDArray x = m.create(states, new Shape(batch, net.observationSize()));
      return (features ? net.features(x, false) : net.forward(x, false)).toFloatArray();
    }
  }

  @Test
  void javaMirrorAgreesWithTheDjlBlock() {
    // The second shape has widths that are not multiples of the mirror's transpose tile.
    QNetworkSpec ragged = new QNetworkSpec(Architecture.MLP, List.of(5), 3, List.of(37, 20));
    for (QNetworkSpec spec : List.of(MLP, ragged)) {
      int obs = spec.observationSize();
      try (QNetwork net = QNetwork.create(spec, 7, Device.cpu())) {
        float[] s = states(16, obs, 1);
        float[] q = new float[16 * spec.numActions()];
        net.forward(s, 16, q);
        assertArrayEquals(djlForward(net, s, 16, false), q, 1e-5f);
        float[] f = new float[16 * spec.featureSize()];
        net.features(s, 16, f);
        assertArrayEquals(djlForward(net, s, 16, true), f, 1e-5f);
      }
    }
  }

  @Test
  void sameSeedSameParametersOtherSeedOthers() {
    try (QNetwork a = QNetwork.create(MLP, 3, Device.cpu());
        QNetwork b = QNetwork.create(MLP, 3, Device.cpu());
        QNetwork c = QNetwork.create(MLP, 4, Device.cpu())) {
      assertArrayEquals(a.parameters()[2], b.parameters()[2]);
      assertNotEquals(a.parameters()[2][0], c.parameters()[2][0]);
      assertEquals(4 * 64 + 64 + 64 * 64 + 64 + 64 * 2 + 2, a.parameterSize());
      // PyTorch's bound 1/sqrt(fan_in): fan_in 64 for the second layer.
      for (float w : a.parameters()[2]) {
        assertTrue(Math.abs(w) <= 0.125f);
      }
    }
  }

  @Test
  void setParametersReachesBothForwardsAndGradientsFlow() {
    try (QNetwork net = QNetwork.create(MLP, 7, Device.cpu());
        QNetwork other = QNetwork.create(MLP, 8, Device.cpu())) {
      net.copyFrom(other);
      float[] s = states(5, 4, 2);
      assertArrayEquals(djlForward(other, s, 5, false), djlForward(net, s, 5, false), 0f);
      float[] q = new float[10];
      net.forward(s, 5, q);
      assertArrayEquals(djlForward(other, s, 5, false), q, 1e-5f);

      float[][] grads = net.parameters();
      for (int rep = 0; rep < 2; rep++) {
        try (NDManager m = net.manager().newSubManager();
            GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          NDArray x = m.create(s, new Shape(5, 4));
          gc.backward(net.forward(x, true).sum());
        }
        net.takeGradients(grads);
        // d(sum of Q)/d(head bias) is the batch size for every action, on every repetition:
        // the gradient was zeroed in between rather than accumulated.
        assertArrayEquals(new float[] {5f, 5f}, grads[5], 0f);
      }
    }
  }

  @Test
  void saveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("q.params");
    try (QNetwork net = QNetwork.create(MLP, 11, Device.cpu())) {
      net.save(file);
      try (QNetwork back = QNetwork.load(MLP, file, Device.cpu())) {
        for (int i = 0; i < net.parameterCount(); i++) {
          assertArrayEquals(net.parameters()[i], back.parameters()[i]);
        }
        float[] s = states(3, 4, 5);
        assertArrayEquals(djlForward(net, s, 3, false), djlForward(back, s, 3, false), 0f);
      }
    }
    QNetworkSpec wider = new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(32));
    assertTrue(Files.size(file) > 0);
    assertThrows(Exception.class, () -> QNetwork.load(wider, file, Device.cpu()).close());
  }

  @Test
  void cnnRunsOnGridObservations() {
    QNetworkSpec cnn = new QNetworkSpec(Architecture.CNN, List.of(1, 21, 21), 4, List.of(64));
    try (QNetwork net = QNetwork.create(cnn, 1, Device.cpu())) {
      float[] s = states(3, 441, 9);
      float[] q = new float[12];
      net.forward(s, 3, q);
      assertArrayEquals(djlForward(net, s, 3, false), q, 0f);
      float[] one = new float[4];
      net.forward(java.util.Arrays.copyOfRange(s, 441, 882), 1, one);
      assertArrayEquals(java.util.Arrays.copyOfRange(q, 4, 8), one, 1e-5f);
      assertEquals(64, net.featureSize());
    }
  }

  @Test
  void specRefusesBadShapes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(64, 0)));
    assertTrue(e.getMessage().contains("net_arch"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new QNetworkSpec(Architecture.CNN, List.of(4), 2, List.of(64)));
  }
}
