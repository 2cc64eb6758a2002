package io.equirl.envs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stepping allocates nothing: the bytes this thread allocates over many steps stay near zero. */
@Tag("allocation") // run without the coverage agent: see the parent pom
class AllocationFreeStepTest {

  static java.util.List<String> registered() {
    return Envs.names();
  }

  @ParameterizedTest
  @MethodSource("registered")
  void stepsDoNotAllocate(String name) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(
        bean instanceof com.sun.management.ThreadMXBean,
        "this JVM cannot count allocated bytes per thread");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    try (Env env = Envs.make(name)) {
      run(env, 20_000); // warm up, so the interpreter's one-time allocations are done
      long before = threads.getCurrentThreadAllocatedBytes();
      run(env, 20_000);
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      // Resets allocate nothing either; a per-step allocation would cost >= 16 B × 20 000 steps.
      assertTrue(allocated < 16_000, name + " allocated " + allocated + " bytes in 20000 steps");
    }
  }

  private static void run(Env env, int steps) {
    env.reset(1);
    int action = 0;
    for (int t = 0; t < steps; t++) {
      action = (action + 1) % env.actionSpace().n();
      if (env.step(action).done()) {
        env.reset();
      }
    }
  }
}
