package vn.sotay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up as a user meets it: a new JVM runs {@code search} on an index that already exists, timed from just
 * before the process starts to the first line of its answer.
 */
final class StartupProbe {
  private final String java;
  private final String classPath;

  /** The JVM and class path of this process, so the child runs the same build. */
  StartupProbe() {
    this(ProcessHandle.current().info().command().orElse("java"), System.getProperty("java.class.path"));
  }

  StartupProbe(String java, String classPath) {
    this.java = java;
    this.classPath = classPath;
  }

  long millisToFirstAnswer(List<Path> corpus, Path index, String query) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
        "vn.sotay.Main", "search", query, "--limit", "1", "--index", index.toString()));
    for (Path root : corpus) command.addAll(List.of("--corpus", root.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    long firstLine = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (firstLine < 0 && !line.isBlank()) firstLine = System.nanoTime();
      }
    }
    int status = process.waitFor();
    if (status != 0 || firstLine < 0) throw new IOException("search in a child JVM failed (status " + status + ")");
    return (firstLine - start) / 1_000_000;
  }
}
