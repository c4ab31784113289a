package vn.sotay.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.sotay.Engine;
import vn.sotay.index.IndexReport;
import vn.sotay.search.ArticleEvaluation;
import vn.sotay.web.WebConfig;
import vn.sotay.web.WebServer;

/**
 * Prints the performance figures of issue 6 for each corpus: indexing throughput, search latency in process and
 * over HTTP under load, /api/search throughput against the /health floor, heap under load and start-up time to a
 * first answer. Timing is never asserted; these are figures to read and compare.
 */
public final class Benchmark {
  private static final long SEED = 6;
  private static final int QUERIES_PER_KIND = 50;
  private static final int MEASURED_ROUNDS = 5;
  private static final int STARTUP_RUNS = 3;
  private static final String STARTUP_QUERY = "quyền con người";
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  private final BenchOptions options;
  private final PrintStream out;

  public Benchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public void run() throws IOException, InterruptedException {
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "sotay bench: %d cores, Java %s, max heap %d MB, %d HTTP clients, %d s per load%n",
        rt.availableProcessors(), Runtime.version(), rt.maxMemory() >> 20, options.clients(), options.load().toSeconds());
    Files.createDirectories(options.work());
    List<String> questions = questions();
    List<FigureRow> rows = new ArrayList<>();
    for (Path corpus : options.corpora()) {
      rows.add(measure(corpus.toAbsolutePath().normalize().getFileName().toString(), List.of(corpus), questions));
    }
    for (int scale : options.scales()) {
      Path generated = options.work().resolve("corpus-x" + scale);
      out.printf(Locale.ROOT, "generating the x%d corpus in %s ...%n", scale, generated);
      CorpusSize size = new CorpusGenerator(SEED).generate(options.corpora(), generated, scale);
      out.printf(Locale.ROOT, "  %d files, %.1f MB%n", size.files(), size.megabytes());
      rows.add(measure("x" + scale, List.of(generated), questions));
      if (!options.keep()) deleteTree(generated);
    }
    out.println();
    out.print(FigureRow.table(rows));
  }

  private FigureRow measure(String label, List<Path> corpus, List<String> questions)
      throws IOException, InterruptedException {
    out.printf(Locale.ROOT, "[%s] indexing %s%n", label, corpus);
    Path index = options.work().resolve("index-" + label);
    deleteTree(index);
    IndexFigures indexing = index(corpus, index);
    out.printf(Locale.ROOT, "  %d documents, %d passages, %.1f MB in %.1f s: %.2f MB/s, %.0f documents/s%n",
        indexing.documents(), indexing.passages(), indexing.size().megabytes(), indexing.seconds(),
        indexing.megabytesPerSecond(), indexing.documentsPerSecond());
    FigureRow row;
    try (Engine engine = Engine.open(corpus, index)) {
      List<QueryMix.Query> mix = QueryMix.of(engine.library(), questions, QUERIES_PER_KIND, SEED);
      SearchLatency.Result inProcess = new SearchLatency(engine.library()).run(mix, WARM_UP, MEASURED_ROUNDS);
      out.printf(Locale.ROOT, "  in process: %d searches, p50 %.2f ms, p99 %.2f ms (%s)%n", inProcess.all().count(),
          inProcess.all().p50Ms(), inProcess.all().p99Ms(), inProcess.perKind());
      row = overHttp(engine, mix, label, indexing, inProcess.all());
    }
    StartupProbe probe = new StartupProbe();
    long search = startup("search", () -> probe.millisToFirstAnswer(corpus, index, STARTUP_QUERY));
    long serve = startup("serve", () -> probe.millisToFirstServedAnswer(corpus, index, STARTUP_QUERY));
    if (!options.keep()) deleteTree(index);
    return row.withStartupMs(search, serve);
  }

  private interface Timed {
    long millis() throws IOException, InterruptedException;
  }

  private long startup(String command, Timed run) throws IOException, InterruptedException {
    long[] startups = new long[STARTUP_RUNS];
    for (int i = 0; i < startups.length; i++) startups[i] = run.millis();
    Arrays.sort(startups);
    out.printf(Locale.ROOT, "  start-up to first answer, %s: %s ms (median of %d)%n", command,
        Arrays.toString(startups), STARTUP_RUNS);
    return startups[STARTUP_RUNS / 2];
  }

  private FigureRow overHttp(Engine engine, List<QueryMix.Query> mix, String label, IndexFigures indexing,
      Latencies inProcess) throws InterruptedException {
    WebConfig config = WebConfig.local(0).withRequestsPerMinute(0); // the rate limit would measure itself
    try (WebServer server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(), config).start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      String base = "http://127.0.0.1:" + server.port();
      List<URI> health = List.of(URI.create(base + "/health"));
      List<URI> searches = mix.stream()
          .map(q -> URI.create(base + "/api/search?limit=10&q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
          .toList();
      HttpLoad load = new HttpLoad(client, options.clients());
      load.run(health, WARM_UP);
      HttpLoad.Result floor = load.run(health, options.load());
      load.run(searches, WARM_UP);
      HttpLoad.Result search;
      long peak;
      long live;
      try (HeapWatch heap = new HeapWatch()) {
        search = load.run(searches, options.load());
        peak = heap.peakBytes();
        live = heap.liveBytes();
      }
      out.printf(Locale.ROOT, "  HTTP /health: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n", floor.perSecond(),
          floor.latencies().p50Ms(), floor.latencies().p99Ms(), floor.errors());
      out.printf(Locale.ROOT, "  HTTP /api/search: %.0f req/s (%.0f%% of /health), p50 %.2f ms, p99 %.2f ms, %d errors%n",
          search.perSecond(), 100 * search.perSecond() / floor.perSecond(), search.latencies().p50Ms(),
          search.latencies().p99Ms(), search.errors());
      out.printf(Locale.ROOT, "  heap under load: peak %d MB, live after GC %d MB%n", peak >> 20, live >> 20);
      return new FigureRow(label, indexing, inProcess, floor, search, peak, live, -1, -1);
    }
  }

  private IndexFigures index(List<Path> corpus, Path index) throws IOException {
    CorpusSize size = CorpusSize.of(corpus);
    long start = System.nanoTime();
    IndexReport report;
    try (Engine engine = Engine.open(corpus, index)) {
      report = engine.openingReport().orElseThrow();
    }
    return new IndexFigures(size, report.documents(), report.passages(), System.nanoTime() - start);
  }

  private List<String> questions() throws IOException {
    List<String> all = new ArrayList<>();
    for (Path file : options.questions()) {
      if (Files.isRegularFile(file)) ArticleEvaluation.read(file).forEach(c -> all.add(c.question()));
    }
    return all;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
