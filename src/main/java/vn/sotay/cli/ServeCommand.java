package vn.sotay.cli;

import java.io.PrintStream;

/** INTERIM: serve arrives with the web branch. */
final class ServeCommand {
  private final PrintStream out;

  ServeCommand(PrintStream out) {
    this.out = out;
  }

  int run(Arguments a) {
    out.println("serve chưa có.");
    return 1;
  }
}
