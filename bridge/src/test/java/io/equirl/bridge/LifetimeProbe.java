package io.equirl.bridge;

/**
 * A JVM that makes a bridged env, prints its Python's pid and the path of the server script it
 * runs, and then ends without closing the env: {@code exit} returns from main (the shutdown hook
 * must end Python); {@code hang} waits to be killed (Python must notice its closed stdin and exit).
 * Run by {@link ProcessLifetimeTest}.
 */
public final class LifetimeProbe {
  private LifetimeProbe() {}

  public static void main(String[] args) throws InterruptedException {
    GymnasiumEnv env = GymnasiumEnv.make(GymSpec.of("CartPole-v1"), PythonTests.options());
    env.reset(0);
    System.out.println("PID " + env.pythonPid());
    System.out.println("SCRIPT " + PythonProcess.serverScript());
    System.out.flush();
    if (args[0].equals("hang")) {
      Thread.sleep(120_000);
    }
    System.exit(0);
  }
}
