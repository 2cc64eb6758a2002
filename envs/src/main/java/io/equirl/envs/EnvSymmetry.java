package io.equirl.envs;

import io.equirl.groups.ArrayAction;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.GroupElement;
import io.equirl.groups.PermutationAction;

/**
 * A symmetry of an env's MDP: a finite group acting on observations and on actions such that {@code
 * step(g·s, g·a) = g·step(s, a)} (same reward and end flags, observation transformed).
 *
 * <p>Conventions are those of {@code io.equirl.groups}: groups act on the left; the action
 * permutation sends action {@code a} to {@code actions.apply(g, a)}, and a vector of Q-values
 * indexed by actions moves with its actions. Immutable and thread-safe.
 *
 * @param group the symmetry group
 * @param observations how {@code g} transforms an observation (of the observation space's size)
 * @param actions how {@code g} permutes the discrete actions
 * @param states how {@code g} transforms the env's internal state ({@link SettableState}), used by
 *     the MDP-symmetry check; {@code null} when the env exposes no state
 */
public record EnvSymmetry(
    FiniteGroup group, ArrayAction observations, PermutationAction actions, StateAction states) {

  /** How a group element transforms an internal state vector (float64, unlike observations). */
  @FunctionalInterface
  public interface StateAction {
    /** The state {@code g·state}, in a new array. */
    double[] apply(GroupElement g, double[] state);

    /** A Z2 flip that negates the whole state (CartPole, Acrobot); the identity copies it. */
    static StateAction negation() {
      return (g, state) -> {
        double[] out = state.clone();
        if (!g.isIdentity()) {
          for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
          }
        }
        return out;
      };
    }
  }

  /**
   * @throws IllegalArgumentException when an action belongs to another group instance
   */
  public EnvSymmetry {
    if (group == null || observations == null || actions == null) {
      throw new IllegalArgumentException(
          "group, observation action and action permutation are required");
    }
    if (observations.group() != group || actions.group() != group) {
      throw new IllegalArgumentException(
          "the observation action ("
              + observations.group().name()
              + ") and the action permutation ("
              + actions.group().name()
              + ") must act by the same "
              + "group instance as the symmetry ("
              + group.name()
              + ")");
    }
  }

  /** A symmetry without an action on internal states. */
  public EnvSymmetry(FiniteGroup group, ArrayAction observations, PermutationAction actions) {
    this(group, observations, actions, null);
  }

  /** Whether the MDP-symmetry check can transform internal states. */
  public boolean actsOnStates() {
    return states != null;
  }
}
