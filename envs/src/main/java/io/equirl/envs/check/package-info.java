/**
 * Checks for envs: the Env contract and declared symmetries, like Gymnasium's {@code check_env}.
 * Both checkers return what is wrong as sentences and never print. Start with {@link
 * io.equirl.envs.check.EnvChecker}.
 */
package io.equirl.envs.check;
