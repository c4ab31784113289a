package vn.sotay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up as a user meets it, on an index that already exists: a new JVM runs {@code search}, timed from just
 * before the process starts to the first line of its answer; or a new JVM runs {@code serve}, timed to the first
 * answer of {@code /api/search}.
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
    ProcessBuilder builder = command(corpus, index, "search", query, "--limit", "1");
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

  /** From process start to the first {@code /api/search} answer of a server started on a free port. */
  long millisToFirstServedAnswer(List<Path> corpus, Path index, String query) throws IOException, InterruptedException {
    ProcessBuilder builder = command(corpus, index, "serve", "--host", "127.0.0.1", "--port", "0");
    builder.environment().keySet().removeIf(name -> name.startsWith("SOTAY_") || name.startsWith("TELEGRAM_")); // no bot
    long start = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient()) {
      URI search = null;
      for (String line; search == null && (line = out.readLine()) != null; ) {
        Matcher address = ADDRESS.matcher(line);
        if (address.find()) {
          search = URI.create(address.group() + "api/search?limit=1&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
      }
      if (search == null) throw new IOException("serve in a child JVM stopped before listening");
      while (true) {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(search).build(), BodyHandlers.discarding());
        if (response.statusCode() == 200) return (System.nanoTime() - start) / 1_000_000;
        if (!process.isAlive()) throw new IOException("serve in a child JVM stopped (status " + process.exitValue() + ")");
        Thread.sleep(10);
      }
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
  }

  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");

  private ProcessBuilder command(List<Path> corpus, Path index, String... arguments) {
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
        "vn.sotay.Main"));
    command.addAll(List.of(arguments));
    command.addAll(List.of("--index", index.toString()));
    for (Path root : corpus) command.addAll(List.of("--corpus", root.toString()));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
  }
}
