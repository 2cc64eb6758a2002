package io.equirl.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Repeated operator calls allocate nothing once the workspace is sized (policies call them every
 * env step). Measured with the JVM's per-thread allocation counter, not with timings.
 */
@Tag("allocation") // run without the coverage agent: see the parent pom
class WorkspaceTest {

  @Test
  void repeatedCallsAllocateNothing() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "no allocation counter");
    threads.setThreadAllocatedMemoryEnabled(true);

    OperatorSettings s = OperatorSettings.all().get(3);
    Random random = new Random(50);
    TestModels.Mlp m = TestModels.linear(random, s.in().size(), s.out().size());
    BatchModel one = BatchModel.perRow(s.in().size(), 1, (x, xo, y, yo) -> y[yo] = 1f);
    Equitune equitune = new Equitune(m, s.in(), s.out());
    Equizero equizero = new Equizero(m, s.in(), s.out(), ProxyLoss.negativeMax());
    LambdaEquitune lambda = new LambdaEquitune(m, one, s.in(), s.out());
    int batch = 3;
    float[] x = TestModels.gaussian(random, batch * s.in().size(), 1);
    float[] out = new float[batch * s.out().size()];
    Runnable calls =
        () -> {
          equitune.apply(x, batch, out);
          equizero.apply(x, batch, out);
          lambda.apply(x, batch, out);
        };
    long id = Thread.currentThread().getId();
    // Let the JIT settle: while methods are still being compiled (later on a loaded machine) a
    // window can see a few hundred transitional bytes. Steady state is what is asserted: an
    // operator that allocated per call would allocate in every window.
    long allocated = Long.MAX_VALUE;
    for (int window = 0; window < 20 && allocated > 256; window++) {
      long before = threads.getThreadAllocatedBytes(id);
      for (int i = 0; i < 1000; i++) {
        calls.run();
      }
      allocated = threads.getThreadAllocatedBytes(id) - before;
    }
    // the counter call itself may allocate a few bytes; 3000 operator calls must not add to that
    assertEquals(0, (double) allocated, 256, "bytes allocated by 3000 operator calls");
  }
}
