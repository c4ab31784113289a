package vn.sotay.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the benchmark runs on.
 *
 * @param corpora source folders, each measured alone, together the base of the generated corpora
 * @param scales sizes of the generated corpora, as multiples of all sources together (1..100)
 * @param work where generated corpora and indexes are written
 * @param clients concurrent HTTP clients
 * @param load how long each HTTP load runs (after a warm-up of its own)
 * @param questions question files (laws-qa form) whose questions, without diacritics, join the query mix
 * @param keep keep generated corpora and indexes (a later run reuses the corpora)
 */
public record BenchOptions(List<Path> corpora, List<Integer> scales, Path work, int clients, Duration load,
    List<Path> questions, boolean keep) {
  public BenchOptions {
    corpora = List.copyOf(corpora);
    scales = List.copyOf(scales);
    questions = List.copyOf(questions);
    if (corpora.isEmpty()) throw new IllegalArgumentException("at least one corpus folder is needed");
    for (int s : scales) if (s < 1 || s > 100) throw new IllegalArgumentException("scales are 1..100: " + s);
    if (clients < 1) throw new IllegalArgumentException("at least one client is needed");
  }
}
