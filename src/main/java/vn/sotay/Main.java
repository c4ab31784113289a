package vn.sotay;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.sotay.cli.CommandLine;

/** Entry point: {@code java -jar target/sotay.jar <serve|index|search|ask|eval> ...}. */
public final class Main {
  /** Lucene notes at start that the incubating vector module is off: tuning advice, not for officials' screens. */
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    VECTORIZATION.setLevel(Level.SEVERE);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = new CommandLine(out, err).run(args);
    if (status != 0) System.exit(status);
  }
}
