package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and writing {@code gym:ID?key=value} specs, without Python. */
class GymSpecTest {

  @Test
  void plainIds() {
    assertEquals(GymSpec.of("CartPole-v1"), GymSpec.parse("gym:CartPole-v1"));
    assertEquals("ALE/Pong-v5", GymSpec.parse("gym:ALE/Pong-v5").id());
    assertEquals("my_module:MyEnv-v0", GymSpec.parse("gym:my_module:MyEnv-v0").id());
    assertTrue(GymSpec.isGymSpec("gym:CartPole-v1"));
    assertFalse(GymSpec.isGymSpec("CartPole-v1"));
  }

  @Test
  void valuesAreTypedAsPythonWouldReadThem() {
    Map<String, Object> kwargs =
        GymSpec.parse(
                "gym:LunarLander-v3?continuous=false&gravity=-9.8"
                    + "&steps=200&big=+7&tiny=1e-3&up=inf&odd=nan&mode=rgb_array&quoted='12'&dq=\"true\""
                    + "&nothing=none&yes=True")
            .kwargs();
    assertEquals(false, kwargs.get("continuous"));
    assertEquals(-9.8, kwargs.get("gravity"));
    assertEquals(200L, kwargs.get("steps"));
    assertEquals(7L, kwargs.get("big"));
    assertEquals(1e-3, kwargs.get("tiny"));
    assertEquals(Double.POSITIVE_INFINITY, kwargs.get("up"));
    assertTrue(((Double) kwargs.get("odd")).isNaN());
    assertEquals("rgb_array", kwargs.get("mode"));
    assertEquals("12", kwargs.get("quoted"));
    assertEquals("true", kwargs.get("dq"));
    assertTrue(kwargs.containsKey("nothing"));
    assertNull(kwargs.get("nothing"));
    assertEquals(true, kwargs.get("yes"));
    assertEquals(
        List.of(
            "continuous",
            "gravity",
            "steps",
            "big",
            "tiny",
            "up",
            "odd",
            "mode",
            "quoted",
            "dq",
            "nothing",
            "yes"),
        List.copyOf(kwargs.keySet()),
        "order kept");
  }

  @Test
  void textRoundTrips() {
    for (String text :
        List.of(
            "gym:CartPole-v1",
            "gym:X-v0?a=1&b=2.5&c=false&d=none&e=word",
            "gym:X-v0?s='3'&t=\"it's\"&u=-inf&v=1.0E-4")) {
      GymSpec spec = GymSpec.parse(text);
      assertEquals(spec, GymSpec.parse(spec.toString()), text);
    }
    assertEquals("gym:X-v0?a=1&s='3'", GymSpec.parse("gym:X-v0?a=1&s=\"3\"").toString());
    GymSpec digits = new GymSpec("X-v0", Map.of("s", "99999999999999999999"));
    assertEquals(digits, GymSpec.parse(digits.toString()));
  }

  @Test
  void kwargsBecomeJsonThatPythonReads() {
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("i", 3L);
    kwargs.put("f", 0.5);
    kwargs.put("b", true);
    kwargs.put("n", null);
    kwargs.put("s", "say \"hi\"\\\n");
    kwargs.put("inf", Double.NEGATIVE_INFINITY);
    assertEquals(
        "{\"i\": 3, \"f\": 0.5, \"b\": true, \"n\": null, "
            + "\"s\": \"say \\\"hi\\\"\\\\\\u000a\", \"inf\": -Infinity}",
        new GymSpec("X-v0", kwargs).kwargsJson());
    assertEquals("{}", GymSpec.of("X-v0").kwargsJson());
  }

  @Test
  void badSpecsAreNamed() {
    assertMessage("CartPole-v1", "not a Gymnasium env spec");
    assertMessage("gym:", "bad Gymnasium env id ''");
    assertMessage("gym:Cart Pole", "bad Gymnasium env id 'Cart Pole'");
    assertMessage("gym:X-v0?a", "bad keyword argument 'a'");
    assertMessage("gym:X-v0?a=", "bad keyword argument 'a='");
    assertMessage("gym:X-v0?a=1&&b=2", "bad keyword argument ''");
    assertMessage("gym:X-v0?a=1&a=2", "keyword a given twice");
    assertMessage("gym:X-v0?1a=1", "bad keyword '1a'");
    assertMessage("gym:X-v0?a=99999999999999999999", "does not fit in 64 bits");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new GymSpec("X-v0", Map.of("list", List.of(1))));
    assertTrue(e.getMessage().contains("keyword list"), e.getMessage());
  }

  private static void assertMessage(String spec, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GymSpec.parse(spec));
    assertTrue(e.getMessage().contains(expected), spec + " -> " + e.getMessage());
  }
}
