package io.equirl.bridge;

import io.equirl.envs.Env;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.check.EnvChecker;
import io.equirl.envs.classic.AcrobotEnv;
import io.equirl.envs.classic.CartPoleEnv;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.GroupElement;
import io.equirl.groups.Groups;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.SignedPermutationAction;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Symmetries of bridged envs: the native declaration for Gymnasium ids we know, a flip that the
 * user names by a sign pattern and an action permutation, and the env checker's test of either.
 *
 * <pre>{@code
 * // Acrobot's flip, as a user would name it: negate sin θ1, sin θ2, θ̇1, θ̇2; swap torques 0 and 2.
 * EnvSymmetry flip = GymSymmetries.flip("+-+---", "2,1,0", "----");
 * EnvChecker.Report report = GymSymmetries.check(
 *     () -> GymnasiumEnv.make(GymSpec.of("Acrobot-v1"), options).declareSymmetry(flip));
 * }</pre>
 */
public final class GymSymmetries {

  private GymSymmetries() {}

  /** The native env's symmetry for {@code CartPole-v1} and {@code Acrobot-v1}; else empty. */
  public static Optional<EnvSymmetry> known(String gymId) {
    return switch (gymId) {
      case CartPoleEnv.ID -> new CartPoleEnv().symmetry();
      case AcrobotEnv.ID -> new AcrobotEnv().symmetry();
      default -> Optional.empty();
    };
  }

  /**
   * The flip group ({@link Groups#flip()}) acting by a sign pattern on observations and an
   * involution on actions.
   *
   * @param observationSigns one {@code +} or {@code -} per observation component: {@code -} where
   *     the flip negates it, e.g. {@code "----"} for CartPole
   * @param actionPermutation the image of each action under the flip, comma-separated, e.g. {@code
   *     "1,0"} for CartPole; applying it twice must give the identity
   * @param stateSigns the same for the env's internal state ({@code env.unwrapped.state}), so that
   *     the checker's MDP-symmetry test can run; null when not known
   * @throws IllegalArgumentException naming what is wrong with a pattern
   */
  public static EnvSymmetry flip(
      String observationSigns, String actionPermutation, String stateSigns) {
    FiniteGroup flip = Groups.flip();
    int[] negated = negatedIndices(observationSigns, "observation");
    SignedPermutationAction observations =
        SignedPermutationAction.signFlip(flip, observationSigns.length(), negated);
    int[] image = permutation(actionPermutation);
    int[][] perms = new int[2][];
    for (GroupElement g : flip.elements()) {
      perms[g.index()] = g.isIdentity() ? IntStream.range(0, image.length).toArray() : image;
    }
    PermutationAction actions;
    try {
      actions = PermutationAction.of(flip, perms);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "action permutation '"
              + actionPermutation
              + "' is not an involution on 0.."
              + (image.length - 1)
              + ": "
              + e.getMessage(),
          e);
    }
    if (stateSigns == null) {
      return new EnvSymmetry(flip, observations, actions);
    }
    int[] negatedState = negatedIndices(stateSigns, "state");
    return new EnvSymmetry(
        flip,
        observations,
        actions,
        (g, state) -> {
          double[] out = state.clone();
          if (!g.isIdentity()) {
            for (int i : negatedState) {
              out[i] = -out[i];
            }
          }
          return out;
        });
  }

  private static int[] negatedIndices(String signs, String what) {
    if (signs == null || signs.isEmpty() || !signs.matches("[+-]+")) {
      throw new IllegalArgumentException(
          "bad "
              + what
              + " sign pattern '"
              + signs
              + "': expected one + or - per component, e.g. +-+---");
    }
    return IntStream.range(0, signs.length()).filter(i -> signs.charAt(i) == '-').toArray();
  }

  private static int[] permutation(String text) {
    try {
      int[] image =
          Arrays.stream(text.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
      boolean[] seen = new boolean[image.length];
      for (int a : image) {
        if (a < 0 || a >= image.length || seen[a]) {
          throw new NumberFormatException("not a permutation");
        }
        seen[a] = true;
      }
      return image;
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException(
          "bad action permutation '"
              + text
              + "': expected the image of each action 0..n-1, comma-separated, e.g. 1,0");
    }
  }

  /**
   * Runs the env checker on fresh envs from {@code factory}: the Env contract, and for the declared
   * symmetry the action laws, observations kept in the space, and (for a deterministic {@link
   * io.equirl.envs.SettableState} env whose symmetry acts on states) the MDP-symmetry test. Starts
   * several Python processes, each closed before returning.
   */
  public static EnvChecker.Report check(Supplier<? extends Env> factory) {
    return EnvChecker.check(factory);
  }

  /**
   * {@link #check} that fails loudly.
   *
   * @throws IllegalArgumentException listing the problems when the check finds any
   */
  public static void requireValid(Supplier<? extends Env> factory) {
    EnvChecker.Report report = check(factory);
    if (!report.ok()) {
      throw new IllegalArgumentException(
          "the env or its declared symmetry fails the env checker:\n"
              + String.join("\n", report.problems()));
    }
  }
}
