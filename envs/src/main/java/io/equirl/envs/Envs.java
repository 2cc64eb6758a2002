package io.equirl.envs;

import io.equirl.envs.classic.AcrobotEnv;
import io.equirl.envs.classic.CartPoleEnv;
import io.equirl.envs.grid.GridworldEnv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The registry of envs by name: the built-in envs by id or short name (case-insensitive), and
 * {@code prefix:id} names handed to the {@link EnvFactory} of that prefix. A prefix gets its
 * factory from {@link #registerPrefix(String, EnvFactory)} or, with no call at all, from an {@link
 * EnvProvider} listed in {@code META-INF/services} (how the Gymnasium bridge serves {@code
 * gym:<id>}); an explicit registration wins over a provider.
 *
 * <pre>{@code
 * try (Env env = Envs.make("cartpole")) {   // same as "CartPole-v1"
 *   float[] obs = env.reset(0);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every call to {@link #make(String)} returns a new env.
 */
public final class Envs {
  private static final Map<String, Supplier<Env>> BUILT_IN = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();
  private static final Map<String, EnvFactory> PREFIXES = new ConcurrentHashMap<>();
  private static volatile boolean providersLoaded;

  static {
    builtIn(CartPoleEnv.ID, "cartpole", CartPoleEnv::new);
    builtIn(AcrobotEnv.ID, "acrobot", AcrobotEnv::new);
    builtIn(GridworldEnv.ID, "gridworld", GridworldEnv::new);
  }

  private Envs() {}

  private static void builtIn(String id, String shortName, Supplier<Env> maker) {
    BUILT_IN.put(id, maker);
    ALIASES.put(id.toLowerCase(Locale.ROOT), id);
    ALIASES.put(shortName, id);
  }

  /**
   * A new env for {@code name}: a built-in id or short name (case-insensitive), or {@code
   * prefix:id} for a registered prefix.
   *
   * @throws IllegalArgumentException naming the valid names when {@code name} is unknown
   */
  public static Env make(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("env name is empty; valid names: " + validNames());
    }
    String trimmed = name.trim();
    int colon = trimmed.indexOf(':');
    if (colon > 0) {
      String prefix = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
      loadProviders();
      EnvFactory factory = PREFIXES.get(prefix);
      if (factory == null) {
        throw new IllegalArgumentException(
            "unknown env prefix '" + prefix + ":' in '" + name + "'; valid names: " + validNames());
      }
      return factory.make(trimmed.substring(colon + 1));
    }
    String id = ALIASES.get(trimmed.toLowerCase(Locale.ROOT));
    if (id == null) {
      throw new IllegalArgumentException(
          "unknown env '" + name + "'; valid names: " + validNames());
    }
    return BUILT_IN.get(id).get();
  }

  /** The ids of the built-in envs, in registration order: CartPole-v1, Acrobot-v1, Gridworld-v0. */
  public static List<String> names() {
    return List.copyOf(BUILT_IN.keySet());
  }

  /**
   * Routes names {@code prefix:id} to {@code factory}; a later registration for the same prefix
   * replaces the earlier one.
   *
   * @throws IllegalArgumentException if the prefix is empty or contains ':'
   */
  public static void registerPrefix(String prefix, EnvFactory factory) {
    if (prefix == null || prefix.isBlank() || prefix.contains(":")) {
      throw new IllegalArgumentException(
          "an env prefix must be non-empty without ':', got '" + prefix + "'");
    }
    if (factory == null) {
      throw new IllegalArgumentException("factory for prefix '" + prefix + "' is null");
    }
    PREFIXES.put(prefix.toLowerCase(Locale.ROOT), factory);
  }

  /** Adds the prefixes of the {@link EnvProvider}s on the classpath, once. */
  private static void loadProviders() {
    if (providersLoaded) {
      return;
    }
    synchronized (Envs.class) {
      if (providersLoaded) {
        return;
      }
      try {
        for (EnvProvider provider : ServiceLoader.load(EnvProvider.class)) {
          PREFIXES.putIfAbsent(provider.prefix().toLowerCase(Locale.ROOT), provider);
        }
      } catch (ServiceConfigurationError e) {
        throw new IllegalStateException("cannot load an env provider: " + e.getMessage(), e);
      }
      providersLoaded = true;
    }
  }

  private static String validNames() {
    loadProviders();
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      if (!alias.getKey().equals(alias.getValue().toLowerCase(Locale.ROOT))) {
        out.append(alias.getValue()).append(" (").append(alias.getKey()).append("), ");
      }
    }
    List<String> prefixes = PREFIXES.keySet().stream().sorted().toList();
    for (String prefix : prefixes) {
      out.append(prefix).append(":<id>, ");
    }
    return out.substring(0, out.length() - 2);
  }
}
