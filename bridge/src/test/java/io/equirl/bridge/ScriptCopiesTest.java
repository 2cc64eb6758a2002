package io.equirl.bridge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server script's copies are told apart by the pid in their name: those of dead JVMs go, those
 * of live JVMs and other files stay. Needs no Python.
 */
class ScriptCopiesTest {

  @Test
  void onlyTheCopiesOfDeadJvmsAreDeleted(@TempDir Path dir) throws Exception {
    Process finished = new ProcessBuilder("true").start();
    assertTrue(finished.waitFor(30, TimeUnit.SECONDS));
    long live = ProcessHandle.current().pid();
    Path dead = Files.writeString(dir.resolve(copy(finished.pid())), "x");
    Path alive = Files.writeString(dir.resolve(copy(live)), "x");
    Path unlike = Files.writeString(dir.resolve("equirl-gym-server-notes.py"), "x");
    Path other = Files.writeString(dir.resolve("gym_server.py"), "x");

    PythonProcess.deleteScriptsOfDeadJvms(dir);

    assertFalse(Files.exists(dead), "a dead JVM's copy stayed");
    assertTrue(Files.exists(alive), "a live JVM's copy was deleted");
    assertTrue(Files.exists(unlike) && Files.exists(other), "a file that is no copy was deleted");
  }

  @Test
  void aMissingFolderIsNoError(@TempDir Path dir) {
    PythonProcess.deleteScriptsOfDeadJvms(dir.resolve("gone"));
    assertFalse(Files.exists(dir.resolve("gone")));
  }

  private static String copy(long pid) {
    return "equirl-gym-server-" + pid + "-8150371629473.py";
  }
}
