package io.equirl.agents.policy;

/**
 * A deterministic decision rule over a discrete action space: one observation in, one action out.
 *
 * <p>The observation is read, never kept or modified. Implementations allocate nothing per call
 * after the first and are not thread-safe.
 */
public interface Policy {

  /** The action to take in {@code observation} (a flat float vector of the env's observation). */
  int act(float[] observation);

  /** The policy's kind, as named on the command line. */
  PolicyKind kind();
}
