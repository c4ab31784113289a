package vn.sotay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.sotay.bench.BenchOptions;
import vn.sotay.bench.Benchmark;

/** bench: the performance figures, by default on the research data in ../shared and corpora 10 and 100 times larger. */
final class BenchCommand {
  static final List<String> DEFAULT_CORPORA =
      List.of("../shared/data/laws-qa/laws", "../shared/data/vbpl-sample/docs");
  static final List<String> DEFAULT_QUESTIONS =
      List.of("../shared/data/laws-qa/dev_alqac_train.jsonl", "../shared/data/laws-qa/dev_lter_train.jsonl");

  private final PrintStream out;

  BenchCommand(PrintStream out) {
    this.out = out;
  }

  int run(Arguments a) throws IOException {
    List<Path> corpora = paths(a.options().getOrDefault("corpus", DEFAULT_CORPORA));
    for (Path p : corpora) {
      if (!p.toFile().isDirectory()) throw new UsageException("Thư mục văn bản không tồn tại: " + p);
    }
    int seconds = a.intOption("seconds", 10);
    int clients = a.intOption("clients", 4);
    if (seconds < 1 || clients < 1) throw new UsageException("--seconds và --clients phải từ 1 trở lên.");
    Path work = Path.of(a.option("work", Path.of(System.getProperty("java.io.tmpdir"), "sotay-bench").toString()));
    BenchOptions options;
    try {
      options = new BenchOptions(corpora, scales(a.option("scales", "10,100")), work, clients,
          Duration.ofSeconds(seconds), paths(a.options().getOrDefault("questions", DEFAULT_QUESTIONS)), a.flag("keep"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("Tùy chọn của bench không hợp lệ: " + e.getMessage());
    }
    // the web server is started and stopped once per corpus: its start-up lines would bury the figures
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    try {
      new Benchmark(options, out).run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    return 0;
  }

  private static List<Integer> scales(String list) {
    List<Integer> scales = new ArrayList<>();
    for (String s : list.split(",")) {
      if (s.isBlank()) continue;
      try {
        scales.add(Integer.parseInt(s.strip()));
      } catch (NumberFormatException e) {
        throw new UsageException("--scales là các số cách nhau bởi dấu phẩy (10,100), không phải: " + list);
      }
    }
    return scales;
  }

  private static List<Path> paths(List<String> names) {
    return names.stream().map(Path::of).toList();
  }
}
