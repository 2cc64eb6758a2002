package io.equirl.training;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies overrides to a {@link DqnConfig} by field name: from a YAML preset or from {@code --set
 * key=value} strings. Values are coerced to the field's type (so {@code 5e4} is a valid step count
 * and {@code 64,64} a valid {@code net_arch}); unknown keys are refused with the list of valid
 * ones; the record's own validation names the field and the rule.
 */
public final class ConfigOverrides {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ConfigOverrides() {}

  /** {@code base} with every {@code key=value} of {@code assignments} applied in order. */
  public static DqnConfig apply(DqnConfig base, List<String> assignments) {
    ObjectNode node = JSON.valueToTree(base);
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--set: expected key=value, got '" + assignment + "'");
      }
      String key = assignment.substring(0, eq).trim();
      String value = assignment.substring(eq + 1).trim();
      set(node, key, JsonNodeFactory.instance.textNode(value));
    }
    return toConfig(node);
  }

  /** {@code base} with the fields of a YAML mapping applied. */
  static DqnConfig fromYaml(DqnConfig base, InputStream yaml, String source) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    ObjectNode node = JSON.valueToTree(base);
    if (tree != null && !tree.isNull()) {
      if (!tree.isObject()) {
        throw new IllegalArgumentException(source + ": expected a mapping of field: value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = tree.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        set(node, e.getKey(), e.getValue());
      }
    }
    return toConfig(node);
  }

  /** A config of which a YAML mapping names every field (the base preset). */
  static DqnConfig fromCompleteYaml(InputStream yaml, String source) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException(source + ": expected a mapping of field: value");
    }
    for (RecordComponent field : DqnConfig.class.getRecordComponents()) {
      String name = field.getAccessor().getAnnotation(JsonProperty.class).value();
      if (!tree.has(name)) {
        throw new IllegalStateException(
            source + ": the base preset must name every field; " + name + " is missing");
      }
    }
    return toConfig((ObjectNode) tree);
  }

  /** The valid field names, in declaration order. */
  public static List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    JSON.valueToTree(DqnConfig.sb3Defaults()).fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Reads a config from its JSON form (as written into {@code config.json}). */
  static DqnConfig fromJson(JsonNode node) {
    ObjectNode base = JSON.valueToTree(DqnConfig.sb3Defaults());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      set(base, e.getKey(), e.getValue());
    }
    return toConfig(base);
  }

  private static void set(ObjectNode node, String key, JsonNode value) {
    JsonNode current = node.get(key);
    if (current == null) {
      throw new IllegalArgumentException(
          "unknown key '" + key + "', valid keys: " + String.join(", ", fieldNames()));
    }
    node.set(key, coerce(key, current, value));
  }

  private static JsonNode coerce(String key, JsonNode like, JsonNode value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    String text = value.isTextual() ? value.asText() : value.toString();
    try {
      if (like.isIntegralNumber()) {
        double d = value.isNumber() ? value.asDouble() : Double.parseDouble(text);
        if (d != Math.rint(d) || Math.abs(d) > Long.MAX_VALUE / 2.0) {
          throw new IllegalArgumentException(key + ": must be a whole number, got " + text);
        }
        return f.numberNode((long) d);
      }
      if (like.isNumber()) {
        return f.numberNode(value.isNumber() ? value.asDouble() : Double.parseDouble(text));
      }
      if (like.isBoolean()) {
        if (value.isBoolean()) {
          return value;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
          return f.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        throw new IllegalArgumentException(key + ": must be true or false, got " + text);
      }
      if (like.isArray()) {
        return intList(key, value);
      }
      return f.textNode(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": must be a number, got " + text);
    }
  }

  private static ArrayNode intList(String key, JsonNode value) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    if (value.isArray()) {
      for (JsonNode v : value) {
        out.add(wholeWidth(key, v.isNumber() ? v.asDouble() : Double.parseDouble(v.asText())));
      }
      return out;
    }
    String text = value.asText().trim();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.isBlank()) {
      return out;
    }
    for (String part : text.split(",", -1)) {
      out.add(wholeWidth(key, Double.parseDouble(part.trim())));
    }
    return out;
  }

  private static int wholeWidth(String key, double d) {
    if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
      throw new IllegalArgumentException(key + ": widths must be whole numbers, got " + d);
    }
    return (int) d;
  }

  private static DqnConfig toConfig(ObjectNode node) {
    try {
      return JSON.treeToValue(node, DqnConfig.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (JsonMappingException e) {
      // Jackson's own text names the Java type, not the key the user wrote: lead with the key.
      String key =
          e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> a + "." + b)
              .orElse("config");
      throw new IllegalArgumentException(key + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid config: " + e.getOriginalMessage(), e);
    }
  }
}
