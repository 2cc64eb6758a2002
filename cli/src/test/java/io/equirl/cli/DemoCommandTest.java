package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void miniatureExperimentShowsTheTableTheFlipAndWritesThePng(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("demo");
    CliRun r =
        CliRun.of(
            "demo",
            "--steps",
            "600",
            "--lambda-steps",
            "300",
            "--episodes",
            "4",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    for (String policy :
        new String[] {"pretrained (greedy)", "equitune", "equizero", "λ-equitune"}) {
      assertTrue(
          r.out().contains("| " + policy + " | "), "table row of " + policy + ":\n" + r.out());
    }
    Matcher equizero = Pattern.compile("equizero +(\\d) of 4 episodes identical").matcher(r.out());
    assertTrue(equizero.find(), r.out());
    assertEquals("4", equizero.group(1), "equizero is equivariant end to end:\n" + r.out());
    assertTrue(r.out().contains("pretrained (greedy)  "), r.out());
    byte[] png = Files.readAllBytes(out.resolve("demo-cartpole.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    assertTrue(Files.exists(out.resolve("seed-0/model.params")));

    // A second run with the same options reuses the trained model and prints the same table.
    CliRun again =
        CliRun.of(
            "demo",
            "--steps",
            "600",
            "--lambda-steps",
            "300",
            "--episodes",
            "4",
            "--out",
            out.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(r.out(), again.out());
  }

  @Test
  void coreCheckShowsTheWrappersExact() {
    CliRun r = CliRun.of("demo", "--core", "--samples", "20");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("equizero       error 0.00e+00"), r.out());
    assertTrue(r.out().contains("random MLP M   error"), r.out());
  }

  @Test
  void badSeedIsAUsageError(@TempDir Path tmp) {
    CliRun r = CliRun.of("demo", "--seed", "-1", "--out", tmp.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--seed"), r.err());
  }
}
