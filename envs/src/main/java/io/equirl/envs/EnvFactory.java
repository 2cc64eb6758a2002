package io.equirl.envs;

/**
 * Makes envs for names under one prefix of {@link Envs#make(String)}, e.g. the Gymnasium bridge for
 * {@code gym:<id>}. Register one with {@link Envs#registerPrefix(String, EnvFactory)}.
 */
@FunctionalInterface
public interface EnvFactory {

  /**
   * A new env for {@code id}, the part of the name after {@code prefix:}.
   *
   * @throws IllegalArgumentException if {@code id} names no env this factory knows
   */
  Env make(String id);
}
