package vn.sotay;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.sotay.cli.CommandLine;

/** Entry point: {@code java -jar target/sotay.jar <serve|index|search|ask|eval> ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = new CommandLine(out, err).run(args);
    if (status != 0) System.exit(status);
  }
}
