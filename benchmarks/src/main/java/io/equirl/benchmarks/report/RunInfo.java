package io.equirl.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.equirl.training.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What JMH's JSON does not record about a run: the machine, the PyTorch thread settings, and why
 * cases were skipped. Written beside the JSON ({@code *-run.json}) so a report can be remade later.
 *
 * @param cpuModel the CPU model as the OS names it
 * @param cores logical processors available to the JVM
 * @param os operating system name, version and architecture
 * @param torchThreads PyTorch intra-op threads of the forked JVMs (DJL's {@code
 *     ai.djl.pytorch.num_threads}); the SB3 reference used one
 * @param gpuCount CUDA devices DJL found
 * @param settings {@code quick} or {@code full}, with any overrides
 * @param started when the run started (UTC, ISO-8601)
 * @param skipped one line per group of skipped cases, with the reason
 * @param load the OS load averages (1, 5, 15 minutes) when the run started, or null: a loaded
 *     machine widens the error bars
 */
public record RunInfo(
    String cpuModel,
    int cores,
    String os,
    int torchThreads,
    int gpuCount,
    String settings,
    String started,
    List<String> skipped,
    String load) {

  public RunInfo {
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  /** The CPU model from {@code /proc/cpuinfo}, or the architecture where it cannot be read. */
  public static String detectCpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  /** The 1, 5 and 15-minute load averages from {@code /proc/loadavg}, or null. */
  public static String detectLoad() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", -1);
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The OS as {@code name version (arch)}. */
  public static String detectOs() {
    return System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " ("
        + System.getProperty("os.arch")
        + ")";
  }

  /** Writes this as JSON to {@code file} (through a temp file and a rename). */
  public void write(Path file) throws IOException {
    byte[] json =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this);
    AtomicFiles.write(file, out -> out.write(json));
  }

  /** Reads a file written by {@link #write}. */
  public static RunInfo read(Path file) throws IOException {
    return new ObjectMapper().readValue(file.toFile(), RunInfo.class);
  }
}
