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
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The off-policy loop of deep Q-learning with SB3's semantics ({@code OffPolicyAlgorithm.learn} and
 * {@code DQN.train}), one env: plain DQN ({@link #create}), finetuning through an equivariant
 * wrapper ({@code finetune.Finetuner}) and λ training ({@code lambda.LambdaTrainer}) are this loop
 * with another {@link QHead}.
 *
 * <p>Per env step: an action (uniformly random while {@code num_timesteps < learning_starts} when
 * the run starts untrained, then ε-greedy), the env step, the transition stored with its real next
 * observation, the target update every {@code target_update_interval} steps, ε from the linear
 * schedule. After every rollout of {@code train_freq} steps, once {@code num_timesteps >
 * learning_starts}, {@code gradient_steps} updates. As in SB3 a rollout is never cut short, so a
 * run may end up to {@code train_freq − 1} steps past {@code total_timesteps}.
 *
 * <p><b>Differences from SB3.</b> (1) Each episode starts with {@code reset(seed)} from a seeded
 * stream of episode seeds rather than one seeded reset continued, so a checkpoint can restore the
 * env by replaying the current episode's actions. (2) Random numbers come from our own generator,
 * not NumPy's, so runs are not bit-identical to SB3's. (3) ε is initially 0 as in SB3, which only
 * matters with {@code learning_starts = 0}. (4) {@code train_freq} counts steps only (SB3 also
 * accepts episodes). (5) {@code double_dqn} is ours. (6) Optional {@code eval_freq}: greedy
 * evaluations that keep the best parameters, as rl-baselines3-zoo's evaluation callback (not part
 * of SB3's DQN); they use their own env and seeds and leave training untouched. (7) The Q-network
 * is initialised as PyTorch initialises it but from our generator; Adam, the Huber loss and the
 * norm clipping are PyTorch's formulas computed on the JVM (see {@link DqnUpdate}), so they agree
 * with SB3's up to float rounding order.
 *
 * <p>The changing state is one {@link LoopState}, which {@link Checkpoints} save and restore. Owns
 * its head (closed by {@link #close()}) but not the env. Not thread-safe.
 */
public final class DqnTrainer implements AutoCloseable {
  final DqnConfig config;
  final Env env;
  final QHead head;
  private final QValues values;
  final DqnUpdate update;
  final LoopState state;
  final Batch batch;
  final LinearSchedule exploration;
  final Timings timings = new Timings();
  private final boolean randomWarmup;
  ReplayBuffer buffer;
  Env evalEnv;
  private long startNanos;
  private long startStep;

  /**
   * The loop of {@code head} on {@code env}, its random streams drawn from {@code master}.
   *
   * @param randomWarmup act uniformly at random until {@code learning_starts}, as SB3 does for an
   *     untrained network; a loop that starts from a trained one acts with it from step one
   */
  DqnTrainer(DqnConfig config, Env env, QHead head, SplitMix64 master, boolean randomWarmup) {
    this.config = config;
    this.env = env;
    this.head = head;
    this.values = head.values();
    this.randomWarmup = randomWarmup;
    this.update = new DqnUpdate(config, head);
    this.exploration =
        new LinearSchedule(
            config.explorationInitialEps(),
            config.explorationFinalEps(),
            config.explorationFraction());
    this.state =
        new LoopState(master, config.statsWindowSize(), randomWarmup ? 0 : exploration.value(1.0));
    this.batch = new Batch(config.batchSize(), values.observationSize());
    ReplayBuffer.checkMemory(bufferCapacity(), values.observationSize());
  }

  /** A fresh DQN: networks initialised from {@code seed}, first episode started. */
  public static DqnTrainer create(DqnConfig config, Env env, long seed, Device device) {
    SplitMix64 master = new SplitMix64(seed);
    long initSeed = master.nextSeed();
    Engine.getInstance().setRandomSeed((int) seed);
    QNetworkSpec spec = networkSpec(config, env);
    QHead head =
        NetworkQValues.head(
            QNetwork.create(spec, initSeed, device),
            QNetwork.create(spec, initSeed, device),
            config.batchSize());
    return start(config, env, head, master, true);
  }

  /**
   * The loop of any {@code head}, first episode started, its random streams drawn from {@code
   * master}; closes the head if that fails.
   *
   * @param randomWarmup act uniformly at random until {@code learning_starts} (an untrained
   *     network), rather than with the head's policy from the first step (a trained one)
   */
  public static DqnTrainer start(
      DqnConfig config, Env env, QHead head, SplitMix64 master, boolean randomWarmup) {
    try {
      DqnTrainer t = new DqnTrainer(config, env, head, master, randomWarmup);
      t.startEpisode();
      return t;
    } catch (RuntimeException e) {
      head.close();
      throw e;
    }
  }

  /** The network spec a config gives for an env's spaces. */
  public static QNetworkSpec networkSpec(DqnConfig config, Env env) {
    List<Integer> shape = Arrays.stream(env.observationSpace().shape()).boxed().toList();
    return new QNetworkSpec(
        Architecture.parse(config.network()), shape, env.actionSpace().n(), config.netArch());
  }

  /** Trains until {@code total_timesteps} (rounded up to whole rollouts) or a listener stops it. */
  public void run(TrainingListener listener) {
    if (config.evalFreq() > 0 && evalEnv == null) {
      throw new IllegalStateException("eval_freq is set but no evaluation env was given");
    }
    ensureBuffer();
    startNanos = System.nanoTime();
    startStep = state.numTimesteps;
    while (state.numTimesteps < config.totalTimesteps() || state.rolloutSteps > 0) {
      step();
      if (config.evalFreq() > 0 && state.numTimesteps % config.evalFreq() == 0) {
        evaluate(listener);
      }
      boolean last = state.numTimesteps >= config.totalTimesteps() && state.rolloutSteps == 0;
      if (state.numTimesteps % config.logInterval() == 0 || last) {
        ProgressRow row = row();
        state.rows.add(row);
        listener.onProgress(row);
      }
      if (!listener.onStep(this)) {
        return;
      }
    }
  }

  /**
   * Allocates the replay buffer on first use, so a trainer about to be restored from a checkpoint
   * never holds two.
   */
  void ensureBuffer() {
    if (buffer == null) {
      buffer = new ReplayBuffer(bufferCapacity(), values.observationSize());
    }
  }

  private int bufferCapacity() {
    // The ring never wraps within total_timesteps + one rollout, so a larger one is never used.
    return (int) Math.min(config.bufferSize(), config.totalTimesteps() + config.trainFreq());
  }

  /** One env step and, at the end of a rollout, its gradient steps. */
  private void step() {
    LoopState s = state;
    long t0 = System.nanoTime();
    int action = chooseAction();
    long t1 = System.nanoTime();
    StepResult r = env.step(action);
    long t2 = System.nanoTime();
    timings.acting += t1 - t0;
    timings.env += t2 - t1;
    timings.steps++;
    s.recordAction(action);
    s.episodeReturn += r.reward();
    s.numTimesteps++;
    s.rolloutSteps++;
    buffer.add(s.observation, action, r.reward(), r.observation(), r.terminated(), r.truncated());
    double progressRemaining = 1.0 - (double) s.numTimesteps / config.totalTimesteps();
    if (s.numTimesteps % config.targetUpdateInterval() == 0) {
      long t3 = System.nanoTime();
      update.updateTarget();
      timings.target += System.nanoTime() - t3;
    }
    s.explorationRate = exploration.value(progressRemaining);
    if (r.done()) {
      s.numEpisodes++;
      s.window.add(s.episodeReturn, s.episodeLength);
      startEpisode();
    } else {
      System.arraycopy(r.observation(), 0, s.observation, 0, s.observation.length);
    }
    if (s.rolloutSteps == config.trainFreq()) {
      if (s.numTimesteps > config.learningStarts()) {
        train(config.gradientStepsAfter(s.rolloutSteps));
      }
      s.rolloutSteps = 0;
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
    double mean =
        GreedyEvaluation.meanReturn(
            values::act, evalEnv, config.evalEpisodes(), GreedyEvaluation.TRAINING_EVAL_SEED);
    boolean best = mean > state.bestMeanReturn;
    if (best) {
      state.bestMeanReturn = mean;
      state.bestStep = state.numTimesteps;
      state.bestParameters = head.trained().parameters();
    }
    state.evaluations.add(new double[] {state.numTimesteps, mean});
    listener.onEvaluation(state.numTimesteps, mean, best);
  }

  /** The best mean evaluation return so far, if {@code eval_freq} is on. */
  public double bestMeanReturn() {
    return state.bestMeanReturn;
  }

  /** A copy of the parameters with the best evaluation so far, or null before the first. */
  public float[][] bestParameters() {
    return state.bestParameters == null ? null : state.bestParameters.clone();
  }

  private int chooseAction() {
    int n = values.numActions();
    if (randomWarmup && state.numTimesteps < config.learningStarts()) {
      return state.rng.nextInt(n);
    }
    if (state.rng.nextDouble() < state.explorationRate) {
      return state.rng.nextInt(n);
    }
    return values.act(state.observation);
  }

  private void train(int gradientSteps) {
    for (int i = 0; i < gradientSteps; i++) {
      long t0 = System.nanoTime();
      buffer.sample(state.rng, batch);
      long t1 = System.nanoTime();
      state.lossSum += update.step(batch);
      timings.sampling += t1 - t0;
      timings.gradient += System.nanoTime() - t1;
      timings.updates++;
      state.lossCount++;
      state.numUpdates++;
    }
  }

  void startEpisode() {
    state.episodeSeed = state.envSeeds.nextSeed();
    state.observation = env.reset(state.episodeSeed).clone();
    state.episodeLength = 0;
    state.episodeReturn = 0;
  }

  private ProgressRow row() {
    LoopState s = state;
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double loss = s.lossCount == 0 ? Double.NaN : s.lossSum / s.lossCount;
    s.lossSum = 0;
    s.lossCount = 0;
    return new ProgressRow(
        s.numTimesteps,
        s.numEpisodes,
        s.window.meanReturn(),
        s.window.meanLength(),
        loss,
        s.explorationRate,
        s.numUpdates,
        (s.numTimesteps - startStep) / Math.max(seconds, 1e-9),
        seconds);
  }

  /**
   * Writes a checkpoint of this loop into {@code run}'s {@code checkpoints/} (replacing older ones)
   * and returns its directory.
   */
  public Path checkpoint(RunDirectory run) throws IOException {
    return Checkpoints.save(this, run);
  }

  /**
   * Puts this loop, freshly made with the same config, seed and kind of head, into the state saved
   * in {@code checkpoint}, so that running on gives the same result as never stopping.
   */
  public void restore(Path checkpoint) throws IOException {
    Checkpoints.restore(checkpoint, this);
  }

  /** The hyperparameters. */
  public DqnConfig config() {
    return config;
  }

  /** The strategy: what is trained, through which Q-values (owned by the trainer). */
  public QHead head() {
    return head;
  }

  /** The Q-network the head reads (owned by the trainer). */
  public QNetwork network() {
    return values.network();
  }

  /** Env steps taken (SB3's {@code num_timesteps}). */
  public long numTimesteps() {
    return state.numTimesteps;
  }

  /** Episodes finished. */
  public long numEpisodes() {
    return state.numEpisodes;
  }

  /** The current ε. */
  public double explorationRate() {
    return state.explorationRate;
  }

  /** Mean return of the last {@code stats_window_size} episodes, NaN before the first. */
  public double meanReturn() {
    return state.window.meanReturn();
  }

  /** Every progress row so far, oldest first (including rows restored from a checkpoint). */
  public List<ProgressRow> rows() {
    return List.copyOf(state.rows);
  }

  /** Where this process's training time went. */
  public Timings timings() {
    return timings;
  }

  @Override
  public void close() {
    head.close();
  }
}
