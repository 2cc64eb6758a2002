package io.equirl.bridge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which Gymnasium env to make: an id and the keyword arguments for {@code gymnasium.make}.
 *
 * <p>As text: {@code gym:ID} or {@code gym:ID?key=value&key=value}, for example {@code
 * gym:LunarLander-v3?continuous=false&gravity=-9.8} or {@code
 * gym:CartPole-v1?max_episode_steps=200}. Each value is typed as Python would read it: {@code
 * true}/{@code false} (or {@code True}/{@code False}) become bools, {@code none} ({@code None},
 * {@code null}) becomes None, integers become ints, decimals and exponents ({@code 0.5}, {@code
 * 1e-3}, {@code inf}, {@code nan}) become floats, and anything else a string; quote a value ({@code
 * 'v1'} or {@code "1"}) to keep it a string. Values cannot contain {@code &}; keys are Python
 * identifiers, each given once.
 *
 * @param id the Gymnasium id, such as {@code CartPole-v1}, {@code ALE/Pong-v5} or {@code
 *     my_module:MyEnv-v0}
 * @param kwargs keyword arguments in order, values {@link Boolean}, {@link Long}, {@link Double},
 *     {@link String} or null
 */
public record GymSpec(String id, Map<String, Object> kwargs) {

  /** The prefix that marks a Gymnasium env in an env spec. */
  public static final String PREFIX = "gym:";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./:\\-]*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern INT = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(inf|nan)");

  public GymSpec {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "bad Gymnasium env id '" + id + "': expected letters, digits and _ . / : -");
    }
    kwargs = kwargs == null ? Map.of() : kwargs;
    for (Map.Entry<String, Object> e : kwargs.entrySet()) {
      if (!KEY.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "bad keyword '" + e.getKey() + "' for " + id + ": keywords are Python identifiers");
      }
      Object v = e.getValue();
      if (!(v == null
          || v instanceof Boolean
          || v instanceof Long
          || v instanceof Double
          || v instanceof String)) {
        throw new IllegalArgumentException(
            "keyword "
                + e.getKey()
                + " of "
                + id
                + " has a value of type "
                + v.getClass().getSimpleName()
                + "; expected Boolean, Long, Double, String or null");
      }
    }
    kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
  }

  /** An env made without keyword arguments. */
  public static GymSpec of(String id) {
    return new GymSpec(id, Map.of());
  }

  /** True when {@code spec} names a Gymnasium env, that is starts with {@value #PREFIX}. */
  public static boolean isGymSpec(String spec) {
    return spec != null && spec.startsWith(PREFIX);
  }

  /**
   * Reads {@code gym:ID?key=value&...}.
   *
   * @throws IllegalArgumentException naming what is wrong with {@code spec}
   */
  public static GymSpec parse(String spec) {
    if (!isGymSpec(spec)) {
      throw new IllegalArgumentException(
          "'" + spec + "' is not a Gymnasium env spec: expected " + PREFIX + "ID[?key=value&...]");
    }
    String rest = spec.substring(PREFIX.length());
    int query = rest.indexOf('?');
    String id = query < 0 ? rest : rest.substring(0, query);
    Map<String, Object> kwargs = new LinkedHashMap<>();
    if (query >= 0) {
      for (String pair : rest.substring(query + 1).split("&", -1)) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new IllegalArgumentException(
              "bad keyword argument '" + pair + "' in " + spec + ": expected key=value");
        }
        String key = pair.substring(0, eq);
        if (kwargs.containsKey(key)) {
          throw new IllegalArgumentException("keyword " + key + " given twice in " + spec);
        }
        kwargs.put(key, parseValue(pair.substring(eq + 1)));
      }
    }
    return new GymSpec(id, kwargs);
  }

  /** Types one value as described in the class comment. */
  static Object parseValue(String text) {
    switch (text) {
      case "true", "True" -> {
        return true;
      }
      case "false", "False" -> {
        return false;
      }
      case "none", "None", "null" -> {
        return null;
      }
      default -> {}
    }
    if (text.length() >= 2
        && (text.charAt(0) == '\'' || text.charAt(0) == '"')
        && text.charAt(text.length() - 1) == text.charAt(0)) {
      return text.substring(1, text.length() - 1);
    }
    if (INT.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLong) {
        throw new IllegalArgumentException("integer " + text + " does not fit in 64 bits");
      }
    }
    if (FLOAT.matcher(text).matches()) {
      return Double.parseDouble(text.replace("inf", "Infinity").replace("nan", "NaN"));
    }
    return text;
  }

  /** The keyword arguments as a JSON object, as the Python server reads them. */
  String kwargsJson() {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Object> e : kwargs.entrySet()) {
      if (json.length() > 1) {
        json.append(", ");
      }
      appendJsonString(json, e.getKey());
      json.append(": ").append(jsonValue(e.getValue()));
    }
    return json.append('}').toString();
  }

  private static String jsonValue(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double d) {
      // Python's json reads these non-standard names, and only these, for the special floats.
      return d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : d.toString();
    }
    if (v instanceof String s) {
      return appendJsonString(new StringBuilder(), s).toString();
    }
    return v.toString();
  }

  private static StringBuilder appendJsonString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** The spec as text that {@link #parse} reads back to an equal spec. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(PREFIX).append(id);
    char separator = '?';
    for (Map.Entry<String, Object> e : kwargs.entrySet()) {
      text.append(separator).append(e.getKey()).append('=').append(textValue(e.getValue()));
      separator = '&';
    }
    return text.toString();
  }

  private static String textValue(Object v) {
    if (v == null) {
      return "none";
    }
    if (v instanceof Double d) {
      return d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : d.toString();
    }
    if (v instanceof String s && !readsAsItself(s)) {
      return s.contains("'") ? '"' + s + '"' : "'" + s + "'";
    }
    return v.toString();
  }

  /** Whether {@code s}, written unquoted, reads back as the same string. */
  private static boolean readsAsItself(String s) {
    try {
      return s.equals(parseValue(s));
    } catch (IllegalArgumentException tooLongInteger) {
      return false;
    }
  }
}
