package io.equirl.bridge;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.StepResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * A Python Gymnasium env driven from Java: {@code gymnasium.make(id, **kwargs)} in a Python child
 * process that this object starts, talks to over Py4J, and ends.
 *
 * <pre>{@code
 * BridgeOptions options = BridgeOptions.defaults().withPython("/opt/venv/bin/python");
 * try (GymnasiumEnv env = GymnasiumEnv.make(GymSpec.parse("gym:CartPole-v1"), options)) {
 *   float[] obs = env.reset(42);
 *   StepResult r = env.step(1);
 * }
 * }</pre>
 *
 * <p><b>Connection.</b> Python listens on 127.0.0.1 on an ephemeral port that it prints on its
 * stdout; Java connects with a random token that Python read from its stdin, so no other local
 * process can drive the env. One {@link #step} is one round trip: the action goes as an int, and
 * observation, reward and end flags come back as one little-endian byte string.
 *
 * <p><b>Spaces.</b> Box observations are flattened in row-major order to float32; a {@code
 * Discrete(n)} observation becomes a one-hot vector of n floats, as {@code
 * gymnasium.spaces.flatten} makes it. Actions must be {@code Discrete(n, start)}; Java's action
 * {@code a} is Python's {@code start + a}. Any other space is refused when the env is made.
 *
 * <p><b>Symmetry.</b> For {@code CartPole-v1} and {@code Acrobot-v1} the native envs' declaration
 * is taken; for other envs declare one with {@link #declareSymmetry} (see {@link GymSymmetries}).
 * Envs whose {@code env.unwrapped} keeps a {@code state} (the classic-control ones) are made as
 * {@link io.equirl.envs.SettableState}, so that the env checker's MDP-symmetry test can run on
 * them.
 *
 * <p><b>Faults.</b> An env that cannot be made (unknown id, bad keyword, unsupported space) throws
 * {@link IllegalArgumentException} with Python's message; a Python exception inside reset or step
 * throws {@link BridgeException} carrying the Python type and message. If the process dies or does
 * not answer within {@link BridgeOptions#callTimeout()}, the call fails with a {@link
 * BridgeException} quoting the tail of Python's stderr, and the env stays broken.
 *
 * <p><b>Lifetime.</b> {@link #close()} ends the process; so does JVM shutdown, and the process also
 * exits by itself when its stdin closes, which happens when the JVM dies. Py4J's own {@code
 * java.util.logging} output is switched off unless a level was configured for "py4j".
 *
 * <p>Buffers are owned by the env as the {@link Env} contract says. Not thread-safe.
 */
public sealed class GymnasiumEnv implements Env permits SettableGymnasiumEnv {
  private final GymSpec spec;
  private final String id;
  final PythonLink link;
  private final BoxSpace observationSpace;
  private final DiscreteSpace actionSpace;
  private final float[] resetObservation;
  private final StepResult stepResult;
  private EnvSymmetry symmetry;

  /** True before the first reset and after an episode ended. */
  boolean episodeOver = true;

  /** True once Python's env has been reset, as Gymnasium's OrderEnforcing requires. */
  boolean everReset;

  GymnasiumEnv(GymSpec spec, PythonLink link, BoxSpace observationSpace, DiscreteSpace actions) {
    this.spec = spec;
    this.id = spec.toString();
    this.link = link;
    this.observationSpace = observationSpace;
    this.actionSpace = actions;
    this.resetObservation = new float[observationSpace.size()];
    this.stepResult = new StepResult(observationSpace.size());
    this.symmetry = GymSymmetries.known(spec.id()).orElse(null);
  }

  /** Makes {@code spec} (such as {@code gym:CartPole-v1}) with the default options. */
  public static GymnasiumEnv make(String spec) {
    return make(GymSpec.parse(spec), BridgeOptions.defaults());
  }

  /**
   * Starts Python and makes the env.
   *
   * @throws IllegalArgumentException when Gymnasium cannot make the env or its spaces are not
   *     supported, with Python's message
   * @throws BridgeException when Python cannot be run, lacks gymnasium or py4j, or fails
   */
  public static GymnasiumEnv make(GymSpec spec, BridgeOptions options) {
    PythonLink link = PythonLink.open(options, spec.toString());
    try {
      String[] description = makeInPython(spec, link).split(" ", -1);
      int[] shape =
          description[0].equals("box")
              ? Arrays.stream(description[1].split(",")).mapToInt(Integer::parseInt).toArray()
              : new int[] {Integer.parseInt(description[1])};
      DiscreteSpace actions = new DiscreteSpace(Integer.parseInt(description[2]));
      int size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
      ByteBuffer bounds = little(link.call("bounds", link.server()::bounds), 8 * size, "bounds");
      float[] low = new float[size];
      float[] high = new float[size];
      bounds.asFloatBuffer().get(low).get(high);
      BoxSpace observations = new BoxSpace(shape, low, high);
      boolean hasState = link.call("hasState", link.server()::hasState);
      return hasState
          ? new SettableGymnasiumEnv(spec, link, observations, actions)
          : new GymnasiumEnv(spec, link, observations, actions);
    } catch (RuntimeException e) {
      link.close();
      throw e;
    }
  }

  private static String makeInPython(GymSpec spec, PythonLink link) {
    try {
      return link.call("make", () -> link.server().make(spec.id(), spec.kwargsJson()));
    } catch (BridgeException e) {
      if (e.pythonType() == null) {
        throw e;
      }
      PythonError error = PythonError.fromPy4jMessage(e.getCause().getMessage());
      throw new IllegalArgumentException(
          "cannot make Gymnasium env " + spec + ": " + error.summary(), e);
    }
  }

  @Override
  public String id() {
    return id;
  }

  /** The spec this env was made from. */
  public GymSpec spec() {
    return spec;
  }

  @Override
  public BoxSpace observationSpace() {
    return observationSpace;
  }

  @Override
  public DiscreteSpace actionSpace() {
    return actionSpace;
  }

  /**
   * The declared symmetry: the native one for known ids, or the one {@link #declareSymmetry} set.
   */
  @Override
  public Optional<EnvSymmetry> symmetry() {
    return Optional.ofNullable(symmetry);
  }

  /**
   * Declares the symmetry of this env (replacing any native one); check it with {@link
   * GymSymmetries#check} before relying on it.
   *
   * @return this env
   * @throws IllegalArgumentException when the symmetry acts on other sizes than the spaces'
   */
  public GymnasiumEnv declareSymmetry(EnvSymmetry symmetry) {
    if (symmetry.observations().size() != observationSpace.size()
        || symmetry.actions().size() != actionSpace.n()) {
      throw new IllegalArgumentException(
          "a symmetry on observations of size "
              + symmetry.observations().size()
              + " and "
              + symmetry.actions().size()
              + " actions does not fit "
              + id
              + " ("
              + observationSpace
              + ", "
              + actionSpace
              + ")");
    }
    this.symmetry = symmetry;
    return this;
  }

  @Override
  public float[] reset(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be non-negative, got " + seed);
    }
    return readObservation(link.call("reset", () -> link.server().reset(seed)), "reset");
  }

  @Override
  public float[] reset() {
    return readObservation(link.call("reset", link.server()::resetUnseeded), "reset");
  }

  /** Reads an observation answer into the reset buffer and starts an episode. */
  float[] readObservation(byte[] bytes, String what) {
    little(bytes, 4 * resetObservation.length, what).asFloatBuffer().get(resetObservation);
    episodeOver = false;
    everReset = true;
    return resetObservation;
  }

  @Override
  public StepResult step(int action) {
    actionSpace.requireContains(action);
    if (episodeOver) {
      throw new IllegalStateException(
          "step on " + id + " before reset or after the episode ended; call reset first");
    }
    float[] obs = stepResult.observation();
    ByteBuffer bytes =
        little(link.call("step", () -> link.server().step(action)), 4 * obs.length + 10, "step");
    bytes.asFloatBuffer().get(obs);
    int at = 4 * obs.length;
    stepResult.set(bytes.getDouble(at), bytes.get(at + 8) != 0, bytes.get(at + 9) != 0);
    episodeOver = stepResult.done();
    return stepResult;
  }

  static ByteBuffer little(byte[] bytes, int expected, String what) {
    if (bytes == null || bytes.length != expected) {
      throw new BridgeException(
          "Python answered "
              + what
              + " with "
              + (bytes == null ? "nothing" : bytes.length + " bytes")
              + ", expected "
              + expected);
    }
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The Python process's id, for diagnostics and tests. */
  long pythonPid() {
    return link.pid();
  }

  /** Kills the Python process without closing the env, as a crash would; for tests. */
  void killPythonForTest() {
    link.kill();
  }

  /** Closes the Python env and ends the process; idempotent. */
  @Override
  public void close() {
    link.close();
  }
}
