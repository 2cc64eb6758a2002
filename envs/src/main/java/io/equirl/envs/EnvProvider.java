package io.equirl.envs;

/**
 * An {@link EnvFactory} that {@link Envs} finds by itself through {@link java.util.ServiceLoader}:
 * a module on the classpath (e.g. the Gymnasium bridge, prefix {@code gym}) lists its
 * implementation in {@code META-INF/services/io.equirl.envs.EnvProvider}, and names {@code
 * prefix:id} then reach it without any registration call. Implementations need a public no-argument
 * constructor.
 */
public interface EnvProvider extends EnvFactory {

  /** The prefix served, without the colon, e.g. {@code gym}; matched case-insensitively. */
  String prefix();
}
