package io.equirl.training;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.equirl.agents.net.Architecture;
import io.equirl.agents.net.QNetwork;
import io.equirl.agents.net.QNetworkSpec;
import io.equirl.agents.net.SplitMix64;
import io.equirl.envs.Env;
import io.equirl.envs.StepResult;
import io.equirl.training.buffer.Batch;
import io.equirl.training.buffer.ReplayBuffer;
import io.equirl.training.optim.LinearSchedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * DQN's training loop with SB3's semantics ({@code OffPolicyAlgorithm.learn} and
 * {@code DQN.train}), one env.
 *
 * <p>Per env step: an action (uniformly random while {@code num_timesteps < learning_starts},
 * then ε-greedy), the env step, the transition stored with its real next observation, the target
 * update every {@code target_update_interval} steps, ε from the linear schedule. After every
 * rollout of {@code train_freq} steps, once {@code num_timesteps > learning_starts},
 * {@code gradient_steps} updates. As in SB3 a rollout is never cut short, so a run may end up to
 * {@code train_freq − 1} steps past {@code total_timesteps}.
 *
 * <p><b>Differences from SB3.</b> (1) Each episode starts with {@code reset(seed)} from a seeded
 * stream of episode seeds rather than one seeded reset continued, so a checkpoint can restore the
 * env by replaying the current episode's actions. (2) Random numbers come from our own generator,
 * not NumPy's, so runs are not bit-identical to SB3's. (3) ε is initially 0 as in SB3, which only
 * matters with {@code learning_starts = 0}. (4) {@code train_freq} counts steps only (SB3 also
 * accepts episodes). (5) {@code double_dqn} is ours. (6) Optional {@code eval_freq}: greedy
 * evaluations that keep the best network, as rl-baselines3-zoo's evaluation callback (not part of
 * SB3's DQN); they use their own env and seeds and leave training untouched. (7) The Q-network is
 * initialised as PyTorch initialises it but from our generator; Adam, the Huber loss and the
 * norm clipping are PyTorch's formulas computed on the JVM (see {@link DqnUpdate}), so they agree
 * with SB3's up to float rounding order.
 *
 * <p>Owns its networks (closed by {@link #close()}) but not the env. Not thread-safe.
 */
public final class DqnTrainer implements AutoCloseable {
  final DqnConfig config;
  final Env env;
  final long seed;
  final QNetwork online;
  final QNetwork target;
  final DqnUpdate update;
  final ReplayBuffer buffer;
  final Batch batch;
  final LinearSchedule exploration;
  final SplitMix64 rng;
  final SplitMix64 envSeeds;
  final EpisodeWindow window;
  final List<ProgressRow> rows = new ArrayList<>();
  final Timings timings = new Timings();
  private final float[] q;

  Env evalEnv;
  double bestMeanReturn = Double.NEGATIVE_INFINITY;
  long bestStep = -1;
  float[][] bestParameters;
  final List<double[]> evaluations = new ArrayList<>();
  long numTimesteps;
  long numEpisodes;
  long numUpdates;
  int rolloutSteps;
  double explorationRate;
  double lossSum;
  long lossCount;
  long episodeSeed;
  int[] episodeActions = new int[256];
  int episodeLength;
  double episodeReturn;
  float[] observation;
  private long startNanos;
  private long startStep;

  DqnTrainer(DqnConfig config, Env env, long seed, Device device, ReplayBuffer restoredBuffer) {
    this.config = config;
    this.env = env;
    this.seed = seed;
    SplitMix64 master = new SplitMix64(seed);
    long initSeed = master.nextSeed();
    this.rng = new SplitMix64(master.nextSeed());
    this.envSeeds = new SplitMix64(master.nextSeed());
    Engine.getInstance().setRandomSeed((int) seed);
    QNetworkSpec spec = networkSpec(config, env);
    this.online = QNetwork.create(spec, initSeed, device);
    this.target = QNetwork.create(spec, initSeed, device);
    this.update = new DqnUpdate(config, online, target);
    // The ring never wraps within total_timesteps + one rollout, so a larger one is never used.
    int capacity = (int) Math.min(config.bufferSize(), config.totalTimesteps() + config.trainFreq());
    this.buffer = restoredBuffer != null
        ? restoredBuffer : new ReplayBuffer(capacity, online.observationSize());
    this.batch = new Batch(config.batchSize(), online.observationSize());
    this.exploration = new LinearSchedule(config.explorationInitialEps(),
        config.explorationFinalEps(), config.explorationFraction());
    this.window = new EpisodeWindow(config.statsWindowSize());
    this.q = new float[online.numActions()];
  }

  /** A fresh trainer: networks initialised from {@code seed}, first episode started. */
  public static DqnTrainer create(DqnConfig config, Env env, long seed, Device device) {
    DqnTrainer t = new DqnTrainer(config, env, seed, device, null);
    t.startEpisode();
    return t;
  }

  /** The network spec a config gives for an env's spaces. */
  public static QNetworkSpec networkSpec(DqnConfig config, Env env) {
    List<Integer> shape = Arrays.stream(env.observationSpace().shape()).boxed().toList();
    return new QNetworkSpec(Architecture.parse(config.network()), shape, env.actionSpace().n(),
        config.netArch());
  }

  /** Trains until {@code total_timesteps} (rounded up to whole rollouts) or a listener stops it. */
  public void run(TrainingListener listener) {
    if (config.evalFreq() > 0 && evalEnv == null) {
      throw new IllegalStateException("eval_freq is set but no evaluation env was given");
    }
    startNanos = System.nanoTime();
    startStep = numTimesteps;
    while (numTimesteps < config.totalTimesteps() || rolloutSteps > 0) {
      step();
      if (config.evalFreq() > 0 && numTimesteps % config.evalFreq() == 0) {
        evaluate(listener);
      }
      boolean last = numTimesteps >= config.totalTimesteps() && rolloutSteps == 0;
      if (numTimesteps % config.logInterval() == 0 || last) {
        ProgressRow row = row();
        rows.add(row);
        listener.onProgress(row);
      }
      if (!listener.onStep(this)) {
        return;
      }
    }
  }

  /** One env step and, at the end of a rollout, its gradient steps. */
  void step() {
    long t0 = System.nanoTime();
    int action = chooseAction();
    long t1 = System.nanoTime();
    StepResult r = env.step(action);
    long t2 = System.nanoTime();
    timings.acting += t1 - t0;
    timings.env += t2 - t1;
    timings.steps++;
    if (episodeLength == episodeActions.length) {
      episodeActions = Arrays.copyOf(episodeActions, episodeLength * 2);
    }
    episodeActions[episodeLength++] = action;
    episodeReturn += r.reward();
    numTimesteps++;
    rolloutSteps++;
    buffer.add(observation, action, r.reward(), r.observation(), r.terminated(), r.truncated());
    double progressRemaining = 1.0 - (double) numTimesteps / config.totalTimesteps();
    if (numTimesteps % config.targetUpdateInterval() == 0) {
      long t3 = System.nanoTime();
      update.updateTarget();
      timings.target += System.nanoTime() - t3;
    }
    explorationRate = exploration.value(progressRemaining);
    if (r.done()) {
      numEpisodes++;
      window.add(episodeReturn, episodeLength);
      startEpisode();
    } else {
      System.arraycopy(r.observation(), 0, observation, 0, observation.length);
    }
    if (rolloutSteps == config.trainFreq()) {
      if (numTimesteps > config.learningStarts()) {
        train(config.gradientStepsAfter(rolloutSteps));
      }
      rolloutSteps = 0;
    }
  }

  /**
   * Sets the env of the periodic greedy evaluations ({@code eval_freq}); it must be another
   * instance than the training env. The trainer does not own it.
   */
  public void setEvaluationEnv(Env env) {
    if (env == this.env) {
      throw new IllegalArgumentException("the evaluation env must not be the training env");
    }
    this.evalEnv = env;
  }

  private void evaluate(TrainingListener listener) {
    double mean = GreedyEvaluation.meanReturn(online, evalEnv, config.evalEpisodes(),
        GreedyEvaluation.TRAINING_EVAL_SEED);
    boolean best = mean > bestMeanReturn;
    if (best) {
      bestMeanReturn = mean;
      bestStep = numTimesteps;
      bestParameters = online.parameters();
    }
    evaluations.add(new double[] {numTimesteps, mean});
    listener.onEvaluation(numTimesteps, mean, best);
  }

  /** The best mean evaluation return so far and its step, if {@code eval_freq} is on. */
  public double bestMeanReturn() {
    return bestMeanReturn;
  }

  /** A copy of the parameters with the best evaluation so far, or null before the first. */
  public float[][] bestParameters() {
    return bestParameters == null ? null : bestParameters.clone();
  }

  private int chooseAction() {
    int n = online.numActions();
    if (numTimesteps < config.learningStarts()) {
      return rng.nextInt(n);
    }
    if (rng.nextDouble() < explorationRate) {
      return rng.nextInt(n);
    }
    online.forward(observation, 1, q);
    return DqnUpdate.argmax(q, 0, n);
  }

  private void train(int gradientSteps) {
    for (int i = 0; i < gradientSteps; i++) {
      long t0 = System.nanoTime();
      buffer.sample(rng, batch);
      long t1 = System.nanoTime();
      lossSum += update.step(batch);
      timings.sampling += t1 - t0;
      timings.gradient += System.nanoTime() - t1;
      timings.updates++;
      lossCount++;
      numUpdates++;
    }
  }

  void startEpisode() {
    episodeSeed = envSeeds.nextSeed();
    observation = env.reset(episodeSeed).clone();
    episodeLength = 0;
    episodeReturn = 0;
  }

  private ProgressRow row() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double loss = lossCount == 0 ? Double.NaN : lossSum / lossCount;
    lossSum = 0;
    lossCount = 0;
    return new ProgressRow(numTimesteps, numEpisodes, window.meanReturn(), window.meanLength(),
        loss, explorationRate, numUpdates, (numTimesteps - startStep) / Math.max(seconds, 1e-9),
        seconds);
  }

  /** The hyperparameters. */
  public DqnConfig config() {
    return config;
  }

  /** The online Q-network (owned by the trainer). */
  public QNetwork network() {
    return online;
  }

  /** The target Q-network (owned by the trainer). */
  public QNetwork targetNetwork() {
    return target;
  }

  /** Env steps taken (SB3's {@code num_timesteps}). */
  public long numTimesteps() {
    return numTimesteps;
  }

  /** Episodes finished. */
  public long numEpisodes() {
    return numEpisodes;
  }

  /** The current ε. */
  public double explorationRate() {
    return explorationRate;
  }

  /** Mean return of the last {@code stats_window_size} episodes, NaN before the first. */
  public double meanReturn() {
    return window.meanReturn();
  }

  /** Every progress row so far, oldest first (including rows restored from a checkpoint). */
  public List<ProgressRow> rows() {
    return List.copyOf(rows);
  }

  /** Where this process's training time went. */
  public Timings timings() {
    return timings;
  }

  @Override
  public void close() {
    online.close();
    target.close();
  }
}
