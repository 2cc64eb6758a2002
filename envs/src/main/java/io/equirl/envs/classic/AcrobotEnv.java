package io.equirl.envs.classic;

import io.equirl.envs.BoxSpace;
import io.equirl.envs.DiscreteSpace;
import io.equirl.envs.EnvSymmetry;
import io.equirl.envs.SettableState;
import io.equirl.envs.StepResult;
import io.equirl.envs.random.NumpyFloat32Trig;
import io.equirl.envs.random.Pcg64;
import io.equirl.groups.FiniteGroup;
import io.equirl.groups.Groups;
import io.equirl.groups.PermutationAction;
import io.equirl.groups.SignedPermutationAction;
import java.util.Optional;

/**
 * Acrobot-v1, a port of Gymnasium 1.4.0's {@code classic_control/acrobot.py} (with the {@code
 * TimeLimit} of {@code gym.make}): seeded resets bit for bit, steps to the last bits of sin and
 * cos.
 *
 * <h2>Description</h2>
 *
 * Two links joined in a chain, the first hanging from a fixed joint; only the joint between the
 * links is actuated. The goal is to swing the free end above a height of one link length over the
 * fixed joint (Sutton 1996).
 *
 * <h2>Action space</h2>
 *
 * <table>
 *   <caption>Discrete(3)</caption>
 *   <tr><th>action</th><th>torque on the actuated joint (N·m)</th></tr>
 *   <tr><td>0</td><td>−1</td></tr>
 *   <tr><td>1</td><td>0</td></tr>
 *   <tr><td>2</td><td>+1</td></tr>
 * </table>
 *
 * <h2>Observation space</h2>
 *
 * Box of 6 float32:
 *
 * <table>
 *   <caption>observation</caption>
 *   <tr><th>index</th><th>meaning</th><th>min</th><th>max</th></tr>
 *   <tr><td>0</td><td>cos θ1</td><td>−1</td><td>1</td></tr>
 *   <tr><td>1</td><td>sin θ1</td><td>−1</td><td>1</td></tr>
 *   <tr><td>2</td><td>cos θ2</td><td>−1</td><td>1</td></tr>
 *   <tr><td>3</td><td>sin θ2</td><td>−1</td><td>1</td></tr>
 *   <tr><td>4</td><td>θ̇1 (rad/s)</td><td>−4π</td><td>4π</td></tr>
 *   <tr><td>5</td><td>θ̇2 (rad/s)</td><td>−9π</td><td>9π</td></tr>
 * </table>
 *
 * θ1 is the first link's angle from hanging straight down, θ2 the second link's angle relative to
 * the first. The internal state ({@link SettableState}) is {@code (θ1, θ2, θ̇1, θ̇2)} in float64.
 *
 * <h2>Reward</h2>
 *
 * −1 for every step that does not reach the goal, 0 for the step that does.
 *
 * <h2>Starting state</h2>
 *
 * Each of θ1, θ2, θ̇1, θ̇2 uniform in (−0.1, 0.1), drawn as NumPy's {@code Generator.uniform(-0.1,
 * 0.1, 4)} and rounded to float32 as Gymnasium does. The first observation takes sin and cos of
 * those float32 values with NumPy's float32 kernel ({@link NumpyFloat32Trig}); after a step the
 * state is float64 again.
 *
 * <h2>Episode end</h2>
 *
 * <ol>
 *   <li>Termination: {@code −cos θ1 − cos(θ2 + θ1) > 1}, the free end above the goal line.
 *   <li>Truncation: step 500 (set even when that step also terminates, as {@code TimeLimit}).
 * </ol>
 *
 * <h2>Dynamics</h2>
 *
 * One step integrates the "book" equations of motion (Sutton and Barto) over 0.2 s with one
 * classical RK4 step, wraps θ1 and θ2 into [−π, π] and clips θ̇1 to ±4π, θ̇2 to ±9π. Torque noise
 * is 0, as in Gymnasium's default, so a step draws no random numbers.
 *
 * <h2>Symmetry</h2>
 *
 * Z2 ({@code Groups.flip()}): mirroring the plane through the vertical maps the state {@code (θ1,
 * θ2, θ̇1, θ̇2)} to its negation. On observations it negates sin θ1, sin θ2, θ̇1, θ̇2 (indices 1,
 * 3, 4, 5) and keeps the cosines; on actions it swaps torque −1 ↔ +1 (0 ↔ 2) and fixes 1. The
 * equations are odd in the state and torque and the goal test is even, so this is an MDP symmetry.
 *
 * <h2>Version history</h2>
 *
 * <ul>
 *   <li>v1 (this port): Gymnasium 1.4.0's Acrobot-v1 (observations of sin/cos, "book" dynamics,
 *       500-step limit). Stepping after the episode ended throws.
 * </ul>
 *
 * <h2>References</h2>
 *
 * R. S. Sutton, "Generalization in reinforcement learning: successful examples using sparse coarse
 * coding", NeurIPS 8, 1996. R. S. Sutton, A. G. Barto, Reinforcement Learning: An Introduction, MIT
 * Press, 2018.
 */
public final class AcrobotEnv extends VectorStateEnv {
  /** The registered id. */
  public static final String ID = "Acrobot-v1";

  private static final double DT = 0.2; // s per step
  private static final double LINK_LENGTH_1 = 1.0; // m
  private static final double LINK_MASS_1 = 1.0; // kg
  private static final double LINK_MASS_2 = 1.0; // kg
  private static final double LINK_COM_POS_1 = 0.5; // m, centre of mass of link 1
  private static final double LINK_COM_POS_2 = 0.5; // m, centre of mass of link 2
  private static final double LINK_MOI = 1.0; // kg·m², moment of inertia of both links
  private static final double GRAVITY = 9.8; // m/s²
  private static final double MAX_VEL_1 = 4 * Math.PI; // rad/s
  private static final double MAX_VEL_2 = 9 * Math.PI; // rad/s
  private static final double[] AVAIL_TORQUE = {-1.0, 0.0, +1.0}; // N·m
  private static final double RESET_BOUND = 0.1;
  private static final int MAX_EPISODE_STEPS = 500;

  private static final FiniteGroup FLIP = Groups.flip();
  private static final EnvSymmetry SYMMETRY =
      new EnvSymmetry(
          FLIP,
          SignedPermutationAction.signFlip(FLIP, 6, 1, 3, 4, 5),
          PermutationAction.swap(FLIP, 3, 0, 2),
          EnvSymmetry.StateAction.negation());

  // RK4 scratch: derivatives k1..k4 and the intermediate state, reused so a step allocates nothing.
  private final double[] k1 = new double[4];
  private final double[] k2 = new double[4];
  private final double[] k3 = new double[4];
  private final double[] k4 = new double[4];
  private final double[] y = new double[4];

  /** An Acrobot-v1 env; call {@link #reset(long)} before stepping. */
  public AcrobotEnv() {
    super(new DiscreteSpace(3), observationBox(), MAX_EPISODE_STEPS, 4);
  }

  private static BoxSpace observationBox() {
    float[] high = {1f, 1f, 1f, 1f, (float) MAX_VEL_1, (float) MAX_VEL_2};
    float[] low = new float[6];
    for (int i = 0; i < 6; i++) {
      low[i] = -high[i];
    }
    return new BoxSpace(new int[] {6}, low, high);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected void startEpisode(Pcg64 rng, float[] obs) {
    rng.uniform(-RESET_BOUND, RESET_BOUND, state);
    for (int i = 0; i < 4; i++) {
      state[i] = (float) state[i];
    }
    // The state is float32 at this point, so NumPy takes sin/cos in float32 (SEEDING.md §6).
    float theta1 = (float) state[0];
    float theta2 = (float) state[1];
    obs[0] = NumpyFloat32Trig.cos(theta1);
    obs[1] = NumpyFloat32Trig.sin(theta1);
    obs[2] = NumpyFloat32Trig.cos(theta2);
    obs[3] = NumpyFloat32Trig.sin(theta2);
    obs[4] = (float) state[2];
    obs[5] = (float) state[3];
  }

  @Override
  protected void transition(int action, StepResult out) {
    double torque = AVAIL_TORQUE[action];
    rk4(torque);
    state[0] = wrap(state[0], -Math.PI, Math.PI);
    state[1] = wrap(state[1], -Math.PI, Math.PI);
    state[2] = bound(state[2], -MAX_VEL_1, MAX_VEL_1);
    state[3] = bound(state[3], -MAX_VEL_2, MAX_VEL_2);
    boolean terminated = -Math.cos(state[0]) - Math.cos(state[1] + state[0]) > 1.0;
    observe(out.observation());
    out.set(terminated ? 0.0 : -1.0, terminated, false);
  }

  /** One classical RK4 step of length DT, in Gymnasium's {@code rk4} operation order. */
  private void rk4(double torque) {
    double dt = DT - 0.0; // Gymnasium computes t[1] - t[0] with t = [0, dt]
    double dt2 = dt / 2.0;
    dsdt(state, torque, k1);
    for (int i = 0; i < 4; i++) {
      y[i] = state[i] + dt2 * k1[i];
    }
    dsdt(y, torque, k2);
    for (int i = 0; i < 4; i++) {
      y[i] = state[i] + dt2 * k2[i];
    }
    dsdt(y, torque, k3);
    for (int i = 0; i < 4; i++) {
      y[i] = state[i] + dt * k3[i];
    }
    dsdt(y, torque, k4);
    double sixth = dt / 6.0;
    for (int i = 0; i < 4; i++) {
      state[i] = state[i] + sixth * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
  }

  /**
   * The "book" equations of motion: writes (θ̇1, θ̇2, θ̈1, θ̈2) of state {@code s} into {@code ds}.
   */
  private static void dsdt(double[] s, double a, double[] ds) {
    double m1 = LINK_MASS_1;
    double m2 = LINK_MASS_2;
    double l1 = LINK_LENGTH_1;
    double lc1 = LINK_COM_POS_1;
    double lc2 = LINK_COM_POS_2;
    double i1 = LINK_MOI;
    double i2 = LINK_MOI;
    double g = GRAVITY;
    double theta1 = s[0];
    double theta2 = s[1];
    double dtheta1 = s[2];
    double dtheta2 = s[3];
    double cos2 = Math.cos(theta2);
    double sin2 = Math.sin(theta2);
    double d1 = m1 * (lc1 * lc1) + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * cos2) + i1 + i2;
    double d2 = m2 * (lc2 * lc2 + l1 * lc2 * cos2) + i2;
    double phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2.0);
    double phi1 =
        -m2 * l1 * lc2 * (dtheta2 * dtheta2) * sin2
            - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin2
            + (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2)
            + phi2;
    double ddtheta2 =
        (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * sin2 - phi2)
            / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
    double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
    ds[0] = dtheta1;
    ds[1] = dtheta2;
    ds[2] = ddtheta1;
    ds[3] = ddtheta2;
  }

  /** Gymnasium's {@code wrap}: shifts x by whole periods (M − m) until m ≤ x ≤ M. */
  private static double wrap(double x, double m, double bigM) {
    double diff = bigM - m;
    while (x > bigM) {
      x = x - diff;
    }
    while (x < m) {
      x = x + diff;
    }
    return x;
  }

  /** Gymnasium's {@code bound}: Python's {@code min(max(x, m), M)}. */
  private static double bound(double x, double m, double bigM) {
    double lower = m > x ? m : x;
    return bigM < lower ? bigM : lower;
  }

  /** Sin and cos of the angles are taken in float64, then the observation is rounded. */
  @Override
  protected void observe(float[] obs) {
    obs[0] = (float) Math.cos(state[0]);
    obs[1] = (float) Math.sin(state[0]);
    obs[2] = (float) Math.cos(state[1]);
    obs[3] = (float) Math.sin(state[1]);
    obs[4] = (float) state[2];
    obs[5] = (float) state[3];
  }

  /** Z2: the mirror image; see the class javadoc. Shared by all instances. */
  @Override
  public Optional<EnvSymmetry> symmetry() {
    return Optional.of(SYMMETRY);
  }
}
