package io.equirl.envs;

import java.util.Optional;

/**
 * A reinforcement-learning environment with a discrete action space, modelled on Gymnasium's {@code
 * Env}: seeded resets, and steps that keep termination apart from truncation.
 *
 * <p><b>Buffers.</b> To keep the step hot path free of allocation, {@link #reset(long)}, {@link
 * #reset()} and {@link #step(int)} return objects owned by the env and overwritten by the next
 * call. Copy what you need to keep.
 *
 * <p><b>Contract.</b> {@code step} before the first reset, or after an episode ended, throws {@link
 * IllegalStateException}; an action outside {@link #actionSpace()} throws {@link
 * IllegalArgumentException} naming the action and the space; a negative seed is refused. Envs are
 * not thread-safe.
 */
public interface Env extends AutoCloseable {

  /** A stable identifier such as {@code CartPole-v1}. */
  String id();

  /** The space every observation lies in. */
  BoxSpace observationSpace();

  /** The actions {@link #step(int)} accepts. */
  DiscreteSpace actionSpace();

  /**
   * Starts an episode from a fresh random stream seeded with {@code seed}, as Gymnasium's {@code
   * reset(seed=seed)} does.
   *
   * @return the first observation, an env-owned buffer overwritten by the next call
   * @throws IllegalArgumentException if {@code seed} is negative
   */
  float[] reset(long seed);

  /**
   * Starts an episode continuing the random stream of the last seeded reset (or an unseeded stream
   * if there was none).
   *
   * @return the first observation, an env-owned buffer overwritten by the next call
   */
  float[] reset();

  /**
   * Applies {@code action} and advances the env by one step.
   *
   * @return the transition, an env-owned object overwritten by the next call
   */
  StepResult step(int action);

  /**
   * The symmetry group of this env's MDP and how it acts on observations and actions, if the env
   * declares one (equizero and equitune exploit it). Empty by default.
   */
  default Optional<EnvSymmetry> symmetry() {
    return Optional.empty();
  }

  /** Releases what the env holds (a process, a window); a no-op for the native envs. */
  @Override
  void close();
}
