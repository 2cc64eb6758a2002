/**
 * The Gymnasium bridge: drives any Python Gymnasium env from Java through the {@link
 * io.equirl.envs.Env} API, over Py4J on loopback, one round trip per step.
 *
 * <p>{@link io.equirl.bridge.GymnasiumEnv} starts a Python child running the shipped {@code
 * gym_server.py}; {@link io.equirl.bridge.GymSpec} reads {@code gym:ID?key=value} specs; {@link
 * io.equirl.bridge.BridgeOptions} names the Python and the timeouts; {@link
 * io.equirl.bridge.GymEnvProvider} hooks {@code gym:} into {@code Envs.make}; {@link
 * io.equirl.bridge.GymSymmetries} names and checks symmetries of bridged envs. Start with
 * GymnasiumEnv.
 */
package io.equirl.bridge;
