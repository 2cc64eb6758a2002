package io.equirl.training;

import io.equirl.agents.net.QNetwork;
import io.equirl.training.store.FileReads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * All the parameters of a Q-network, with a target network of the same spec: what DQN and
 * finetuning train. Checkpoint files {@code online.params} and {@code target.params} (DJL's
 * format). Owns the target network, and the online one when told so.
 */
public final class NetworkParameters implements TrainedParameters {
  /** Checkpoint file of the online network. */
  static final String ONLINE = "online.params";

  /** Checkpoint file of the target network. */
  static final String TARGET = "target.params";

  private final QNetwork online;
  private final QNetwork target;
  private final boolean ownsOnline;

  /**
   * @param ownsOnline whether {@link #close()} closes {@code online} too (DQN made it; a finetuned
   *     network belongs to its caller)
   */
  public NetworkParameters(QNetwork online, QNetwork target, boolean ownsOnline) {
    this.online = online;
    this.target = target;
    this.ownsOnline = ownsOnline;
  }

  /** The trained network. */
  public QNetwork online() {
    return online;
  }

  /** The target network. */
  public QNetwork target() {
    return target;
  }

  @Override
  public float[][] parameters() {
    return online.parameters();
  }

  @Override
  public float[][] targetParameters() {
    return target.parameters();
  }

  @Override
  public void setParameters(float[][] values) {
    online.setParameters(values);
  }

  @Override
  public void setTargetParameters(float[][] values) {
    target.setParameters(values);
  }

  @Override
  public void takeGradients(float[][] out) {
    online.takeGradients(out);
  }

  @Override
  public void save(Path dir) throws IOException {
    online.save(dir.resolve(ONLINE));
    target.save(dir.resolve(TARGET));
  }

  @Override
  public void load(Path dir) throws IOException {
    for (QNetwork net : List.of(online, target)) {
      Path file = dir.resolve(net == online ? ONLINE : TARGET);
      FileReads.read(
          file,
          f -> {
            net.loadParameters(f);
            return f;
          });
    }
  }

  @Override
  public void close() {
    target.close();
    if (ownsOnline) {
      online.close();
    }
  }
}
