/**
 * The toroidal predator–prey Gridworld of van der Pol et al. 2020, with its C4 symmetry: one env
 * file and its knobs. Start with {@link io.equirl.envs.grid.GridworldEnv}.
 */
package io.equirl.envs.grid;
