package io.equirl.training.lambda;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.SplitMix64;
import io.equirl.agents.policy.LambdaEquitunePolicy;
import io.equirl.agents.policy.LambdaModel;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.QModel;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import io.equirl.groups.LambdaEquitune;
import io.equirl.groups.nd.NdAction;
import io.equirl.groups.nd.NdOperators;
import io.equirl.training.buffer.Batch;
import io.equirl.training.buffer.ReplayBuffer;
import io.equirl.training.optim.Adam;
import io.equirl.training.optim.GlobalNormClipping;
import io.equirl.training.optim.Huber;
import java.util.function.Consumer;

/**
 * Trains the λ-network of λ-equitune on a frozen Q-network (see the package comment for the
 * objective). Per env step: the ε-greedy λ-policy acts, the transition is stored; every
 * {@code train_freq} steps after {@code learning_starts}, one gradient step on a sampled batch;
 * every {@code target_update_interval} steps λ is copied into the target λ⁻.
 *
 * <p>The gradient step runs {@code NdOperators.lambdaEquitune} in DJL with the Q-network's outputs
 * and features detached, so only λ gets gradients; the TD target runs the plain-array
 * {@link LambdaEquitune} on the frozen network and λ⁻. Deterministic for a seed on the CPU. Owns
 * the λ-networks; neither the Q-network nor the env. Not thread-safe; one per JVM at a time (DJL
 * allows one gradient collector).
 */
public final class LambdaTrainer {
  /** The window of the running mean return. */
  private static final int WINDOW = 100;
  private final LambdaTrainConfig config;
  private final QNetwork q;
  private final Env env;
  private final EnvSymmetry symmetry;
  private final double gamma;
  private final LambdaNetwork lambda;
  private final LambdaNetwork lambdaTarget;

  /**
   * @param q the frozen pretrained Q-network (not modified)
   * @param gamma the discount the Q-network was trained with
   * @throws IllegalArgumentException when the env declares no symmetry
   */
  public LambdaTrainer(LambdaTrainConfig config, QNetwork q, Env env, double gamma) {
    this.config = config;
    this.q = q;
    this.env = env;
    this.symmetry = env.symmetry().orElseThrow(() -> new IllegalArgumentException(
        "env " + env.id() + " declares no symmetry; λ-equitune needs one"));
    this.gamma = gamma;
    SplitMix64 master = new SplitMix64(config.seed() ^ 0x6c616d6264614cL);
    this.lambda = LambdaNetwork.create(q.featureSize(), config.hidden(), master.nextSeed());
    this.lambdaTarget = lambda.copy();
  }

  /** Progress every {@code 100} steps and at the end. */
  public record Progress(long step, long episodes, double meanReturn, double meanLoss) {}

  /** Trains for {@code steps} env steps and returns the trained λ-network (owned by the caller). */
  public LambdaNetwork run(Consumer<Progress> progress) {
    SplitMix64 master = new SplitMix64(config.seed());
    SplitMix64 rng = new SplitMix64(master.nextSeed());
    SplitMix64 envSeeds = new SplitMix64(master.nextSeed() ^ 0x5eedL);
    int obsSize = q.observationSize();
    int actions = q.numActions();
    ReplayBuffer buffer = new ReplayBuffer((int) Math.min(config.steps(), 1_000_000), obsSize);
    Batch batch = new Batch(config.batchSize(), obsSize);
    LambdaEquitunePolicy policy = new LambdaEquitunePolicy(new QModel(q),
        new LambdaModel(q, lambda), symmetry);
    LambdaEquitune targetOp = new LambdaEquitune(new QModel(q), new LambdaModel(q, lambdaTarget),
        symmetry.observations(), symmetry.actions());
    float[][] params = lambda.parameters();
    float[][] grads = lambda.parameters();
    int[] sizes = new int[params.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = params[i].length;
    }
    Adam adam = new Adam(config.learningRate(), 1e-8, sizes);
    Step step = new Step(actions, obsSize);
    double[] returns = new double[WINDOW];
    long episodes = 0;
    double episodeReturn = 0;
    double lossSum = 0;
    long lossCount = 0;
    float[] obs = env.reset(envSeeds.nextSeed()).clone();
    try (LambdaBlock block = new LambdaBlock(lambda)) {
      for (long t = 1; t <= config.steps(); t++) {
        int a = rng.nextDouble() < config.epsilon() ? rng.nextInt(actions) : policy.act(obs);
        StepResult r = env.step(a);
        buffer.add(obs, a, r.reward(), r.observation(), r.terminated(), r.truncated());
        episodeReturn += r.reward();
        if (r.done()) {
          returns[(int) (episodes % WINDOW)] = episodeReturn;
          episodes++;
          episodeReturn = 0;
          obs = env.reset(envSeeds.nextSeed()).clone();
        } else {
          System.arraycopy(r.observation(), 0, obs, 0, obsSize);
        }
        if (t > config.learningStarts() && t % config.trainFreq() == 0
            && buffer.size() >= config.batchSize()) {
          buffer.sample(rng, batch);
          lossSum += step.run(batch, block, targetOp, params, grads, adam);
          lossCount++;
        }
        if (t % config.targetUpdateInterval() == 0) {
          lambdaTarget.setParameters(params);
        }
        if (t % 100 == 0 || t == config.steps()) {
          double mean = meanOf(returns, episodes);
          progress.accept(new Progress(t, episodes, mean,
              lossCount == 0 ? Double.NaN : lossSum / lossCount));
        }
      }
    }
    return lambda;
  }

  private static double meanOf(double[] window, long count) {
    int n = (int) Math.min(count, window.length);
    if (n == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += window[i];
    }
    return s / n;
  }

  /** One gradient step's buffers and straight-line update. */
  private final class Step {
    private final int actions;
    private final int obsSize;
    private final float[] qNext;
    private final float[] qAll;
    private final float[] taken;
    private final float[] target;
    private final float[] gTaken;
    private final float[] seed;
    private final NdAction in = NdAction.of(symmetry.observations());
    private final NdAction out = NdAction.of(symmetry.actions());

    Step(int actions, int obsSize) {
      this.actions = actions;
      this.obsSize = obsSize;
      int b = config.batchSize();
      qNext = new float[b * actions];
      qAll = new float[b * actions];
      taken = new float[b];
      target = new float[b];
      gTaken = new float[b];
      seed = new float[b * actions];
    }

    double run(Batch b, LambdaBlock block, LambdaEquitune targetOp, float[][] params,
        float[][] grads, Adam adam) {
      int n = b.size;
      // TD target without gradients: r + (1 − terminated)·γ·max_a Q_λ⁻(s')_a.
      targetOp.apply(b.nextObservations, n, qNext);
      for (int i = 0; i < n; i++) {
        float best = qNext[i * actions];
        for (int a = 1; a < actions; a++) {
          best = Math.max(best, qNext[i * actions + a]);
        }
        target[i] = b.rewards[i] + (b.terminated[i] ? 0f : (float) gamma * best);
      }

      // Q_λ(s) through the group core with gradients to λ only; Huber's gradient seeds backward.
      double loss;
      try (NDManager scope = NDManager.newBaseManager();
          GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray x = scope.create(b.observations, new Shape(n, obsSize));
        NDArray qLambda = NdOperators.lambdaEquitune(
            s -> q.forward(s, false).stopGradient(),
            s -> block.forward(q.features(s, false).stopGradient()),
            in, out, x);
        System.arraycopy(qLambda.toFloatArray(), 0, qAll, 0, n * actions);
        for (int i = 0; i < n; i++) {
          taken[i] = qAll[i * actions + b.actions[i]];
        }
        loss = Huber.lossAndGradient(taken, target, n, gTaken);
        java.util.Arrays.fill(seed, 0f);
        for (int i = 0; i < n; i++) {
          seed[i * actions + b.actions[i]] = gTaken[i];
        }
        NDArray g = scope.create(seed, new Shape(n, actions));
        collector.backward(qLambda.mul(g).sum());
      }

      // Clip, Adam, and write the new λ into the Java network (acting) and the block.
      block.takeGradients(grads);
      GlobalNormClipping.clip(grads, config.maxGradNorm());
      adam.step(params, grads);
      lambda.setParameters(params);
      block.push(lambda);
      return loss;
    }
  }
}
