package io.equirl.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.equirl.training.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the lock leaves behind: nothing after a failed start, no temporaries of dead writers. */
class RunLockTest {

  @Test
  void aDirectoryTheLockCreatedGoesAwayWhenNothingWasWrittenIntoIt(@TempDir Path tmp)
      throws Exception {
    Path empty = tmp.resolve("failed");
    RunLock.acquire(empty).close();
    assertFalse(Files.exists(empty));
    Path used = tmp.resolve("used");
    try (RunLock lock = RunLock.acquire(used)) {
      Files.writeString(used.resolve("config.json"), "{}");
    }
    assertTrue(Files.exists(used.resolve("config.json")));
    Path existing = Files.createDirectories(tmp.resolve("existing"));
    RunLock.acquire(existing).close();
    assertTrue(Files.isDirectory(existing), "a folder the user made is never removed");
  }

  @Test
  void anUnwritableDirectoryIsOneLineNamingIt() {
    Path proc = Path.of("/proc/equirl-cannot-exist");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RunLock.acquire(proc));
    assertTrue(e.getMessage().startsWith("cannot write " + proc + ": "), e.getMessage());
  }

  @Test
  void takingTheLockDeletesTheTemporariesOfDeadWritersOnly(@TempDir Path tmp) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long live = ProcessHandle.current().pid();
    Path dir = Files.createDirectories(tmp.resolve("run"));
    Path dead = Files.writeString(dir.resolve(".progress.csv." + gone.pid() + ".7.tmp"), "x");
    Path alive = Files.writeString(dir.resolve(".progress.csv." + live + ".7.tmp"), "x");
    Path halfCheckpoint =
        Files.createDirectories(dir.resolve("checkpoints").resolve(".tmp-step-0000000100123"));
    Path userFile = Files.writeString(dir.resolve("notes.tmp"), "mine");
    try (RunLock lock = RunDirectory.of(dir).lock()) {
      assertFalse(Files.exists(dead));
      assertFalse(Files.exists(halfCheckpoint));
      assertTrue(Files.exists(alive), "a live process's temporary is not ours to delete");
      assertEquals("mine", Files.readString(userFile));
    }
  }
}
