/**
 * Gymnasium 1.4.0's classic-control envs CartPole-v1 and Acrobot-v1, ported so that seeded resets
 * match Gymnasium bit for bit and steps match to the last bits of sin and cos, each with its Z2
 * mirror symmetry. One env per file, its javadoc the spec. Start with {@link
 * io.equirl.envs.classic.CartPoleEnv}.
 */
package io.equirl.envs.classic;
