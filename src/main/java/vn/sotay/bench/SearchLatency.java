package vn.sotay.bench;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchRequest;

/** Search latency in process, one search at a time, as a front end calls the library (first page of ten). */
final class SearchLatency {
  record Result(Latencies all, Map<QueryMix.Kind, Latencies> byKind) {
    String perKind() {
      return byKind.entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s p99 %.2f", e.getKey().name().toLowerCase(Locale.ROOT),
              e.getValue().p99Ms()))
          .collect(Collectors.joining(", "));
    }
  }

  private final Library library;

  SearchLatency(Library library) {
    this.library = library;
  }

  /** Runs the mix until warmed up, then {@code rounds} more times, timing each search. */
  Result run(List<QueryMix.Query> mix, Duration warmUp, int rounds) {
    long warmUntil = System.nanoTime() + warmUp.toNanos();
    do {
      for (QueryMix.Query q : mix) search(q.text());
    } while (System.nanoTime() < warmUntil);
    LongList all = new LongList();
    Map<QueryMix.Kind, LongList> byKind = new EnumMap<>(QueryMix.Kind.class);
    for (int r = 0; r < rounds; r++) {
      for (QueryMix.Query q : mix) {
        long t = System.nanoTime();
        search(q.text());
        long took = System.nanoTime() - t;
        all.add(took);
        byKind.computeIfAbsent(q.kind(), k -> new LongList()).add(took);
      }
    }
    Map<QueryMix.Kind, Latencies> kinds = new EnumMap<>(QueryMix.Kind.class);
    byKind.forEach((k, v) -> kinds.put(k, Latencies.of(v.toArray())));
    return new Result(Latencies.of(all.toArray()), kinds);
  }

  private void search(String text) {
    try {
      library.search(SearchRequest.of(text, 10));
    } catch (InvalidQueryException e) {
      throw new IllegalStateException("the query mix holds an invalid query: " + text, e);
    }
  }
}
