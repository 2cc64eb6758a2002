package io.equirl.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkQValuesTest {
  @Test
  void smallNetworksComputeTdTargetsOnTheJvmLargeOnesInDjl() {
    QNetworkSpec paper = new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(64, 64));
    QNetworkSpec zoo = new QNetworkSpec(Architecture.MLP, List.of(4), 2, List.of(256, 256));
    QNetworkSpec cnn = new QNetworkSpec(Architecture.CNN, List.of(1, 7, 7), 5, List.of(16));
    try (QNetwork small = QNetwork.create(paper, 1, Device.cpu());
        QNetwork large = QNetwork.create(zoo, 1, Device.cpu());
        QNetwork conv = QNetwork.create(cnn, 1, Device.cpu())) {
      assertTrue(NetworkQValues.targetOnJvm(small, 32));
      assertFalse(NetworkQValues.targetOnJvm(small, 4096), "a large batch makes the products win");
      assertFalse(NetworkQValues.targetOnJvm(large, 64));
      assertFalse(NetworkQValues.targetOnJvm(conv, 1), "a CNN has no JVM forward");
    }
  }
}
