package vn.sotay.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.document.CorpusLoader;

/**
 * Killing the indexer (SIGKILL, no shutdown hook) at any moment leaves an index that opens with every file whole,
 * and the next update brings it level with the corpus: nothing lost, nothing twice.
 */
class CrashSafetyTest {
  private static final int FILES = 300;
  private static final int KILLS = 5;

  @TempDir Path corpus;
  @TempDir Path indexDir;
  @TempDir Path freshDir;
  @TempDir Path timingDir;

  @Test
  void killingTheIndexerAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < FILES; i++) writeDocument(i, 0);
    // the first kill lands within the time a whole first build takes on this machine, so it lands mid-build
    long buildMs = timeOfAWholeBuild();
    List<String> figures = new ArrayList<>();
    int killedMidway = 0;
    int next = FILES;
    for (int round = 0; round < KILLS; round++) {
      if (round > 0) next = changeSome(random, next, round);
      int delayMs = round == 0 ? random.nextInt((int) Math.max(1, buildMs * 4 / 5)) : random.nextInt(2000);
      boolean alive;
      long startNanos = System.nanoTime();
      try (IndexingProcess.Child child = new IndexingProcess.Child(List.of(), corpus, indexDir, Duration.ofMillis(100))) {
        assertNotNull(child.await("open", Duration.ofSeconds(30)), () -> "the indexer never opened: " + child.seen);
        Thread.sleep(delayMs);
        alive = child.process.isAlive();
      }
      if (alive) killedMidway++;
      try (IndexStore store = new IndexStore(indexDir)) {
        IndexCensus census = IndexCensus.of(store);
        assertTrue(census.whole(), "after kill " + round + " a file is there twice or in part");
        figures.add(String.format("kill %d at %d ms after open (%d ms after launch)%s: %d files committed",
            round + 1, delayMs, (System.nanoTime() - startNanos) / 1_000_000, alive ? "" : " [had finished]",
            census.fileRecordsByDoc().size()));
      }
    }
    IndexCensus resumed;
    try (IndexStore store = new IndexStore(indexDir)) {
      new CorpusIndexer(store, new CorpusLoader(), List.of(corpus)).update();
      resumed = IndexCensus.of(store);
    }
    IndexCensus fresh;
    try (IndexStore store = new IndexStore(freshDir)) {
      new CorpusIndexer(store, new CorpusLoader(), List.of(corpus)).update();
      fresh = IndexCensus.of(store);
    }
    System.out.println("crash safety (seed " + seed + "):\n  " + String.join("\n  ", figures) + "\n  after restart: "
        + resumed.fileRecordsByDoc().size() + " files, fresh build: " + fresh.fileRecordsByDoc().size()
        + " (a whole first build took " + buildMs + " ms)");
    assertTrue(killedMidway > 0, "no kill landed during indexing: " + figures);
    assertEquals(fresh, resumed, "the resumed index equals one built from scratch");
    assertTrue(resumed.whole());
  }

  /** Milliseconds from "open" to "done" of an uninterrupted first build of the corpus in a child. */
  private long timeOfAWholeBuild() throws Exception {
    try (IndexingProcess.Child child = new IndexingProcess.Child(List.of(), corpus, timingDir, Duration.ofMillis(100))) {
      assertNotNull(child.await("open", Duration.ofSeconds(30)), () -> "the indexer never opened: " + child.seen);
      long open = System.nanoTime();
      assertNotNull(child.await("done", Duration.ofSeconds(120)), () -> "the build never ended: " + child.seen);
      return (System.nanoTime() - open) / 1_000_000;
    }
  }

  /** Between kills the corpus moves on: some files change, some go, some arrive. */
  private int changeSome(Random random, int next, int round) throws IOException {
    List<Path> files;
    try (var list = Files.list(corpus)) {
      files = new ArrayList<>(list.sorted().toList());
    }
    for (int i = 0; i < 20; i++) {
      Path f = files.get(random.nextInt(files.size()));
      if (Files.exists(f)) Files.writeString(f, document(random.nextInt(1_000_000), round), StandardCharsets.UTF_8);
    }
    for (int i = 0; i < 8; i++) Files.deleteIfExists(files.get(random.nextInt(files.size())));
    for (int i = 0; i < 8; i++) writeDocument(next++, round);
    return next;
  }

  private void writeDocument(int n, int version) throws IOException {
    Files.writeString(corpus.resolve(String.format("qd-%05d.txt", n)), document(n, version), StandardCharsets.UTF_8);
  }

  /** A decision with 2 to 7 articles; n and version make its text its own. */
  private static String document(int n, int version) {
    StringBuilder text = new StringBuilder("QUYẾT ĐỊNH SỐ " + n + " VỀ VIỆC THỬ NGHIỆM LẦN " + version + "\n\n");
    for (int a = 1; a <= 2 + n % 6; a++) {
      text.append("Điều ").append(a).append(". Quy định số ").append(n).append(" mục ").append(a)
          .append(": các cơ quan, đơn vị triển khai thực hiện nhiệm vụ chuyển đổi số, cải cách hành chính ")
          .append("và phát triển nguồn nhân lực theo kế hoạch năm ").append(2000 + version).append(".\n\n");
    }
    return text.toString();
  }
}
