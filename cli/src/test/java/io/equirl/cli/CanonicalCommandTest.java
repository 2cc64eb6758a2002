package io.equirl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalCommandTest {

  @Test
  void experimentWritesTheTableWithEveryRequestedRow(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("t13");
    CliRun r =
        CliRun.of(
            "canonical",
            "experiment",
            "--seeds",
            "2",
            "--epochs",
            "1",
            "--train",
            "200",
            "--test",
            "100",
            "--batch",
            "100",
            "--variants",
            "mlp,canon-lambda-0-2",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    String table = Files.readString(out.resolve("table13.md"));
    assertTrue(table.contains("| MLP |") && table.contains("| Canon-λ {0, π} |"), table);
    assertTrue(table.contains("Test MSE, ours (2 seeds)"), table);
    String json = Files.readString(out.resolve("table13.json"));
    assertTrue(json.contains("\"variant\": \"canon-lambda-0-2\""), json);
  }

  @Test
  void anUnknownVariantIsBadInputNamingTheChoices(@TempDir Path tmp) {
    CliRun r =
        CliRun.of("canonical", "experiment", "--variants", "resnet", "--out", tmp.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().contains("unknown variant resnet") && r.err().contains("canon-lambda-0-1"),
        r.err());
  }
}
