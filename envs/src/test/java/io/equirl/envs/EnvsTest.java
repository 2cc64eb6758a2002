package io.equirl.envs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.envs.classic.CartPoleEnv;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvsTest {

  @Test
  void namesAreTheBuiltInIds() {
    assertEquals(List.of("CartPole-v1", "Acrobot-v1", "Gridworld-v0"), Envs.names());
  }

  @Test
  void idsAndShortNamesAreCaseInsensitive() {
    for (String[] pair :
        new String[][] {
          {"cartpole", "CartPole-v1"},
          {"CARTPOLE-V1", "CartPole-v1"},
          {"Acrobot", "Acrobot-v1"},
          {"acrobot-v1", "Acrobot-v1"},
          {"GridWorld", "Gridworld-v0"},
          {"gridworld-v0", "Gridworld-v0"}
        }) {
      try (Env env = Envs.make(pair[0])) {
        assertEquals(pair[1], env.id(), pair[0]);
      }
    }
  }

  @Test
  void unknownNameListsTheValidOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Envs.make("pong"));
    for (String id : Envs.names()) {
      assertTrue(e.getMessage().contains(id), e.getMessage());
    }
    assertTrue(e.getMessage().contains("pong"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Envs.make("nosuchprefix:Pong-v5"));
    assertThrows(IllegalArgumentException.class, () -> Envs.make(" "));
  }

  @Test
  void prefixedNamesGoToTheirFactory() {
    Env made = new CartPoleEnv();
    Envs.registerPrefix(
        "testprefix",
        id -> {
          assertEquals("Some-v0", id);
          return made;
        });
    assertSame(made, Envs.make("TestPrefix:Some-v0"));
    assertThrows(IllegalArgumentException.class, () -> Envs.registerPrefix("a:b", id -> made));
  }

  @Test
  void providersOnTheClasspathServeTheirPrefix() {
    try (Env env = Envs.make("toy:CartPole-v1")) {
      assertEquals("CartPole-v1", env.id());
    }
    assertThrows(IllegalArgumentException.class, () -> Envs.make("toy:Pong-v5"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Envs.make("nothing"));
    assertTrue(e.getMessage().contains("toy:<id>"), e.getMessage());
  }

  @Test
  void everyCallMakesANewEnv() {
    try (Env a = Envs.make("cartpole");
        Env b = Envs.make("cartpole")) {
      assertTrue(a != b);
    }
  }
}
