package io.equirl.training.finetune;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.SplitMix64;
import io.equirl.agents.policy.EquizeroPolicy;
import io.equirl.agents.policy.LambdaModel;
import io.equirl.agents.policy.LambdaNetwork;
import io.equirl.agents.policy.Policies;
import io.equirl.agents.policy.Policy;
import io.equirl.agents.policy.PolicyKind;
import io.equirl.agents.policy.QModel;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import io.equirl.groups.Equitune;
import io.equirl.groups.Equizero;
import io.equirl.groups.LambdaEquitune;
import io.equirl.groups.nd.NdAction;
import io.equirl.groups.nd.NdOperators;
import io.equirl.training.DqnConfig;
import io.equirl.training.buffer.Batch;
import io.equirl.training.buffer.ReplayBuffer;
import io.equirl.training.optim.Adam;
import io.equirl.training.optim.GlobalNormClipping;
import io.equirl.training.optim.Huber;
import io.equirl.training.optim.TargetUpdate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * DQN finetuning of a pretrained network through equitune, equizero (straight-through) or
 * λ-equitune: the Q-values in the TD loss are the wrapper's, the target is the same wrapper on
 * the target network, and experience comes from the wrapper's ε-greedy policy with
 * {@code exploration_final_eps}. Every other hyperparameter (learning rate, batch, γ,
 * {@code train_freq}, {@code gradient_steps}, target updates, clipping) is the pretrained run's.
 *
 * <p>Modifies {@code online} in place; owns the target network it creates. Not thread-safe; one
 * per JVM at a time (DJL allows one gradient collector).
 */
public final class Finetuner implements AutoCloseable {
  private final DqnConfig config;
  private final PolicyKind kind;
  private final QNetwork online;
  private final QNetwork target;
  private final Env env;
  private final EnvSymmetry symmetry;
  private final LambdaNetwork lambda;
  private final long steps;
  private final long seed;
  private final NdAction in;
  private final NdAction out;

  /**
   * @param lambda the frozen λ-network, required for {@link PolicyKind#LAMBDA}
   * @throws IllegalArgumentException for the greedy kind, an env without symmetry, or λ missing
   */
  public Finetuner(DqnConfig config, PolicyKind kind, QNetwork online, Env env,
      LambdaNetwork lambda, long steps, long seed) {
    if (kind == PolicyKind.GREEDY) {
      throw new IllegalArgumentException("--policy: finetuning needs an equivariant wrapper"
          + " (equitune, equizero or lambda); plain DQN training is equirl train");
    }
    if (steps < 1) {
      throw new IllegalArgumentException("--steps: must be >= 1, got " + steps);
    }
    if (kind == PolicyKind.LAMBDA && lambda == null) {
      throw new IllegalArgumentException("--policy lambda: the model has no λ-network; run"
          + " equirl lambda-train --model DIR first");
    }
    this.config = config;
    this.kind = kind;
    this.online = online;
    this.env = env;
    this.symmetry = env.symmetry().orElseThrow(() -> new IllegalArgumentException(
        "env " + env.id() + " declares no symmetry"));
    this.lambda = lambda;
    this.steps = steps;
    this.seed = seed;
    this.in = NdAction.of(symmetry.observations());
    this.out = NdAction.of(symmetry.actions());
    this.target = QNetwork.create(online.spec(), 0, online.device());
    target.copyFrom(online);
  }

  /** Progress every 100 steps and at the end. */
  public record Progress(long step, long episodes, double meanReturn, double meanLoss) {}

  /** Runs {@code steps} env steps of finetuning. */
  public void run(Consumer<Progress> progress) {
    SplitMix64 master = new SplitMix64(seed ^ 0x66696e65L);
    SplitMix64 rng = new SplitMix64(master.nextSeed());
    SplitMix64 envSeeds = new SplitMix64(master.nextSeed());
    int obsSize = online.observationSize();
    int actions = online.numActions();
    ReplayBuffer buffer = new ReplayBuffer((int) Math.min(steps, config.bufferSize()), obsSize);
    Batch batch = new Batch(config.batchSize(), obsSize);
    Policy policy = Policies.create(kind, online, symmetry, lambda);
    TargetOp targetOp = targetOp();
    float[][] weights = online.parameters();
    float[][] targetWeights = online.parameters();
    float[][] grads = online.parameters();
    int[] sizes = new int[weights.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = weights[i].length;
    }
    Adam adam = new Adam(config.learningRate(), config.adamEps(), sizes);
    long learningStarts = Math.min(config.learningStarts(), Math.max(config.batchSize(), steps / 10));
    double epsilon = config.explorationFinalEps();
    float[] qNext = new float[config.batchSize() * actions];
    double[] window = new double[100];
    long episodes = 0;
    double episodeReturn = 0;
    double lossSum = 0;
    long lossCount = 0;
    float[] obs = env.reset(envSeeds.nextSeed()).clone();
    for (long t = 1; t <= steps; t++) {
      int a = rng.nextDouble() < epsilon ? rng.nextInt(actions) : policy.act(obs);
      StepResult r = env.step(a);
      buffer.add(obs, a, r.reward(), r.observation(), r.terminated(), r.truncated());
      episodeReturn += r.reward();
      if (r.done()) {
        window[(int) (episodes++ % window.length)] = episodeReturn;
        episodeReturn = 0;
        obs = env.reset(envSeeds.nextSeed()).clone();
      } else {
        System.arraycopy(r.observation(), 0, obs, 0, obsSize);
      }
      if (t % config.targetUpdateInterval() == 0) {
        TargetUpdate.polyak(weights, targetWeights, config.tau());
        target.setParameters(targetWeights);
      }
      if (t > learningStarts && t % config.trainFreq() == 0) {
        for (int k = 0; k < config.gradientStepsAfter(config.trainFreq()); k++) {
          buffer.sample(rng, batch);
          targetOp.apply(batch.nextObservations, batch.size, qNext);
          lossSum += update(batch, qNext, weights, grads, adam);
          lossCount++;
        }
      }
      if (t % 100 == 0 || t == steps) {
        int n = (int) Math.min(episodes, window.length);
        double mean = 0;
        for (int i = 0; i < n; i++) {
          mean += window[i] / n;
        }
        progress.accept(new Progress(t, episodes, n == 0 ? Double.NaN : mean,
            lossCount == 0 ? Double.NaN : lossSum / lossCount));
      }
    }
  }

  /** The wrapper's Q-values on the target network, on plain arrays (no gradients). */
  private interface TargetOp {
    void apply(float[] x, int batch, float[] out);
  }

  private TargetOp targetOp() {
    QModel model = new QModel(target);
    return switch (kind) {
      case EQUITUNE -> new Equitune(model, symmetry.observations(), symmetry.actions())::apply;
      case EQUIZERO -> new Equizero(model, symmetry.observations(), symmetry.actions(),
          EquizeroPolicy.negativeMaxSoftmax())::apply;
      case LAMBDA -> new LambdaEquitune(model, new LambdaModel(target, lambda),
          symmetry.observations(), symmetry.actions())::apply;
      case GREEDY -> throw new IllegalStateException("unreachable");
    };
  }

  /** One gradient step; the straight-line DQN update with the wrapper's Q-values. */
  private double update(Batch b, float[] qNext, float[][] weights, float[][] grads, Adam adam) {
    int n = b.size;
    int actions = online.numActions();
    float gamma = (float) config.gamma();
    float[] tdTarget = new float[n];
    for (int i = 0; i < n; i++) {
      float best = qNext[i * actions];
      for (int a = 1; a < actions; a++) {
        best = Math.max(best, qNext[i * actions + a]);
      }
      tdTarget[i] = b.rewards[i] + (b.terminated[i] ? 0f : gamma * best);
    }
    Function<NDArray, NDArray> model = s -> online.forward(s, true);
    double loss;
    try (NDManager scope = NDManager.newBaseManager();
        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray x = scope.create(b.observations, new Shape(n, online.observationSize()));
      NDArray q = switch (kind) {
        case EQUITUNE -> NdOperators.equitune(model, in, out, x);
        case EQUIZERO -> NdOperators.straightThrough(model, Finetuner::negativeMaxSoftmax, in,
            out, x);
        case LAMBDA -> NdOperators.lambdaEquitune(model, this::frozenLambda, in, out, x);
        case GREEDY -> throw new IllegalStateException("unreachable");
      };
      float[] all = q.toFloatArray();
      float[] taken = new float[n];
      for (int i = 0; i < n; i++) {
        taken[i] = all[i * actions + b.actions[i]];
      }
      float[] gTaken = new float[n];
      loss = Huber.lossAndGradient(taken, tdTarget, n, gTaken);
      float[] seedGrad = new float[n * actions];
      for (int i = 0; i < n; i++) {
        seedGrad[i * actions + b.actions[i]] = gTaken[i];
      }
      collector.backward(q.mul(scope.create(seedGrad, new Shape(n, actions))).sum());
    }
    online.takeGradients(grads);
    GlobalNormClipping.clip(grads, config.maxGradNorm());
    adam.step(weights, grads);
    online.setParameters(weights);
    return loss;
  }

  /** Equizero's proxy loss on NDArrays: {@code −max_a softmax(Q)_a} per row. */
  private static NDArray negativeMaxSoftmax(NDArray raw) {
    return raw.reshape(raw.getShape().get(0), -1).softmax(1).max(new int[] {1}).neg();
  }

  /** λ of the stacked inputs on the online network's features, as a constant (λ is frozen). */
  private NDArray frozenLambda(NDArray stacked) {
    int rows = (int) stacked.getShape().get(0);
    float[] w = new float[rows];
    new LambdaModel(online, lambda).forward(stacked.toFloatArray(), rows, w);
    return stacked.getManager().create(w, new Shape(rows, 1));
  }

  @Override
  public void close() {
    target.close();
  }
}
