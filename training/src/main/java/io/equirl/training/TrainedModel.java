package io.equirl.training;

import ai.djl.Device;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.training.store.FileReads;
import io.equirl.training.store.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained Q-network read back from a run directory, with the config, env and seed it was trained
 * with: what policies and evaluation start from.
 *
 * <pre>{@code
 * try (TrainedModel m = TrainedModel.load(Path.of("runs/cartpole"))) {
 *   Env env = Envs.make(m.env());
 *   float[] q = new float[m.network().numActions()];
 *   m.network().forward(env.reset(1), 1, q);
 * }
 * }</pre>
 *
 * <p>Owns the network; {@link #close()} frees it.
 *
 * @param network the online Q-network as last saved ({@code model.params})
 * @param config the resolved hyperparameters
 * @param manifest the run's manifest
 */
public record TrainedModel(QNetwork network, DqnConfig config, Manifest manifest)
    implements AutoCloseable {

  /** Loads {@code dir/model.params} on the CPU, once it checks out against its checksum. */
  public static TrainedModel load(Path dir) throws IOException {
    return load(dir, Device.cpu());
  }

  /** Loads {@code dir/model.params} onto {@code device}. */
  public static TrainedModel load(Path dir, Device device) throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    Manifest manifest = run.manifest();
    DqnConfig config = run.config();
    Path file = run.file(RunDirectory.MODEL);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          dir
              + " has no "
              + RunDirectory.MODEL
              + " yet: the run has not reached its first checkpoint");
    }
    run.verify(RunDirectory.MODEL);
    return new TrainedModel(
        FileReads.read(file, f -> QNetwork.load(spec(manifest), f, device)), config, manifest);
  }

  /**
   * Loads {@code dir/best.params}, the network of the best periodic evaluation of a run trained
   * with {@code eval_freq} (rl-baselines3-zoo's {@code best_model}), on the CPU.
   */
  public static TrainedModel loadBest(Path dir) throws IOException {
    RunDirectory run = RunDirectory.of(dir);
    Manifest manifest = run.manifest();
    Path file = run.file(RunDirectory.BEST);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          dir
              + " has no "
              + RunDirectory.BEST
              + ": train with --set eval_freq=N to keep the best model");
    }
    run.verify(RunDirectory.BEST);
    return new TrainedModel(
        FileReads.read(file, f -> QNetwork.load(spec(manifest), f, Device.cpu())),
        run.config(),
        manifest);
  }

  /** The network spec recorded in a manifest. */
  public static QNetworkSpec spec(Manifest manifest) {
    Manifest.Network n = manifest.network();
    return new QNetworkSpec(
        Architecture.parse(n.architecture()), n.observationShape(), n.numActions(), n.netArch());
  }

  /** The env's registry name, for {@code Envs.make}. */
  public String env() {
    return manifest.env();
  }

  /** The env's own id ({@code CartPole-v1}). */
  public String envId() {
    return manifest.envId();
  }

  /** The training seed. */
  public long seed() {
    return manifest.seed();
  }

  @Override
  public void close() {
    network.close();
  }
}
