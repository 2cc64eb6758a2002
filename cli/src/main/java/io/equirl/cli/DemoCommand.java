package io.equirl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced by the group-core demo. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "A short demo.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("demo");
    return 0;
  }
}
