package io.equirl.spark;

import io.equirl.cli.EquiRl;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Exit code, stdout and stderr of one in-process run of a program: equirl or its Spark engine. */
record Run(int code, String out, String err) {

  /** {@code equirl ARGS}, the local runner. */
  static Run local(String... args) {
    return of(EquiRl.commandLine(), args);
  }

  /** The Spark engine's program on {@code ARGS}, as bin/equirl starts it. */
  static Run spark(String... args) {
    return of(SparkMain.commandLine(), args);
  }

  private static Run of(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
