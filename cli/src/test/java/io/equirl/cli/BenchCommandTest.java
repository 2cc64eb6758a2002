package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code equirl bench} up to starting the benchmarks' JVM (running JMH is not a unit test). */
class BenchCommandTest {

  private static String[] run(int expectedCode, String... args) {
    CommandLine cl = EquiRl.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(expectedCode, cl.execute(args), err.toString());
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void helpListsTheSelectionAndSettings() {
    String help = run(0, "bench", "--help")[0];
    for (String option :
        new String[] {"--only", "--quick", "--threads", "--report-only", "--jar"}) {
      assertTrue(help.contains(option), option + " missing from:\n" + help);
    }
  }

  @Test
  void aMissingJarIsBadInputNamingTheOption() {
    String err = run(2, "bench", "--jar", "/nonexistent/benchmarks.jar")[1];
    assertTrue(err.contains("--jar") && err.contains("/nonexistent/benchmarks.jar"), err);
  }

  @Test
  void aBadValueIsAUsageError() {
    run(2, "bench", "--threads", "many");
  }
}
