package io.equirl.cli;

import java.time.Duration;

/**
 * Ties worker processes to the process that started them, both ways: the parent's shutdown hook
 * ends its children (SIGTERM, Ctrl-C), and a worker ends itself once its parent is gone (kill -9 of
 * the parent, which runs no hook), so a rerun never meets old workers writing the same seeds.
 */
final class ChildProcesses {
  private static final Duration POLL = Duration.ofSeconds(1);

  private ChildProcesses() {}

  /** A hook that ends every child of this process; add it while workers run, remove it after. */
  static Thread endChildrenOnExit() {
    Thread hook =
        new Thread(
            () ->
                ProcessHandle.current()
                    .children()
                    .forEach(
                        child -> {
                          child.descendants().forEach(ProcessHandle::destroy);
                          child.destroy();
                        }),
            "end-workers");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** In a worker: exits (status 1) soon after the process that started it is gone. */
  static void exitWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent -> {
              Thread watch =
                  new Thread(
                      () -> {
                        try {
                          while (parent.isAlive()) {
                            Thread.sleep(POLL.toMillis());
                          }
                        } catch (InterruptedException e) {
                          return;
                        }
                        System.err.println(
                            "equirl: the experiment that started this worker is gone; stopping");
                        System.exit(1);
                      },
                      "watch-parent");
              watch.setDaemon(true);
              watch.start();
            });
  }
}
