/**
 * The environment API: {@link io.equirl.envs.Env} with seeded resets and allocation-free steps, its
 * spaces, declared symmetries ({@link io.equirl.envs.EnvSymmetry}), settable states for tests, and
 * the registry {@link io.equirl.envs.Envs}. Plain Java, no DJL: the DJL {@code RlEnv} adapter lives
 * in {@code agents}. Envs live in subpackages ({@code classic}, {@code grid}), checks in {@code
 * check}. Start with {@link io.equirl.envs.Env}.
 */
package io.equirl.envs;
