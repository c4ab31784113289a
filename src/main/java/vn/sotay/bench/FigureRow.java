package vn.sotay.bench;

import java.util.List;
import java.util.Locale;

/** The figures of one corpus, and the table they are printed in (Markdown, ready for the README). */
record FigureRow(String corpus, IndexFigures indexing, Latencies search, HttpLoad.Result health,
    HttpLoad.Result httpSearch, long peakHeapBytes, long liveHeapBytes, long searchStartupMs,
    long serveStartupMs) {
  FigureRow withStartupMs(long search, long serve) {
    return new FigureRow(corpus, indexing, this.search, health, httpSearch, peakHeapBytes, liveHeapBytes, search, serve);
  }

  static String table(List<FigureRow> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| corpus | files | MB | passages | index MB/s | index docs/s | search p50 / p99 ms | HTTP search p50 / p99 ms"
        + " | /api/search req/s | /health req/s | search / health | heap peak / live MB | start-up ms, search / serve |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (FigureRow r : rows) {
      sb.append(String.format(Locale.ROOT,
          "| %s | %d | %.1f | %d | %.2f | %.0f | %.2f / %.2f | %.2f / %.2f | %.0f | %.0f | %.0f%% | %d / %d | %d / %d |%n",
          r.corpus(), r.indexing().size().files(), r.indexing().size().megabytes(), r.indexing().passages(),
          r.indexing().megabytesPerSecond(), r.indexing().documentsPerSecond(), r.search().p50Ms(), r.search().p99Ms(),
          r.httpSearch().latencies().p50Ms(), r.httpSearch().latencies().p99Ms(), r.httpSearch().perSecond(),
          r.health().perSecond(), 100 * r.httpSearch().perSecond() / r.health().perSecond(), r.peakHeapBytes() >> 20,
          r.liveHeapBytes() >> 20, r.searchStartupMs(), r.serveStartupMs()));
    }
    return sb.toString();
  }
}
