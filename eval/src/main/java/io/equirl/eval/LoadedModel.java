package io.equirl.eval;

import io.equirl.agents.policy.AbstractPolicy;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.Policies;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.envs.EnvSymmetry;
import io.equirl.training.RunDirectory;
import io.equirl.training.TrainedModel;
import io.equirl.training.lambda.LambdaFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A model directory as the policies need it: the trained Q-network and, when {@code equirl
 * lambda-train} has run, its λ-network. Owns the network; close it.
 */
public final class LoadedModel implements AutoCloseable {
  private final Path dir;
  private final TrainedModel model;
  private final LambdaNetwork lambda;
  private final boolean best;

  private LoadedModel(Path dir, TrainedModel model, LambdaNetwork lambda, boolean best) {
    this.dir = dir;
    this.model = model;
    this.lambda = lambda;
    this.best = best;
  }

  /** Loads {@code dir} (a run directory of {@code equirl train}) on the CPU. */
  public static LoadedModel load(Path dir) throws IOException {
    return load(dir, false);
  }

  /**
   * Loads {@code dir} on the CPU; with {@code best}, the network of its best periodic evaluation
   * ({@code best.params}) instead of the final one. A λ-network belongs to the final network it was
   * trained on, so it is not loaded with {@code best}.
   */
  public static LoadedModel load(Path dir, boolean best) throws IOException {
    TrainedModel model = best ? TrainedModel.loadBest(dir) : TrainedModel.load(dir);
    try {
      return new LoadedModel(dir, model, best ? null : LambdaFiles.load(dir).orElse(null), best);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  public TrainedModel model() {
    return model;
  }

  /** The λ-network, or null when none was trained. */
  public LambdaNetwork lambda() {
    return lambda;
  }

  /** The policy of {@code kind} on this model. */
  public AbstractPolicy policy(PolicyKind kind, EnvSymmetry symmetry) {
    if (kind == PolicyKind.LAMBDA && best) {
      throw new IllegalArgumentException(
          "--policy lambda with the best model: the λ-network of "
              + dir
              + " was trained on its final model, not on "
              + RunDirectory.BEST);
    }
    if (kind == PolicyKind.LAMBDA && lambda == null) {
      throw new IllegalArgumentException(
          "--policy lambda: "
              + dir
              + " has no "
              + LambdaFiles.PARAMS
              + "; run equirl lambda-train --model "
              + dir
              + " first");
    }
    return Policies.create(kind, model.network(), symmetry, lambda);
  }

  @Override
  public void close() {
    model.close();
  }
}
