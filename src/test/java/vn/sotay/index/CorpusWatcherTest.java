package vn.sotay.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.search.Library;
import vn.sotay.search.LuceneLibrary;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;

/** While the server runs, files added, changed or removed in the corpus folders reach searches without a restart. */
class CorpusWatcherTest {
  private static final CorpusWatcher.Timing FAST = new CorpusWatcher.Timing(
      Duration.ofMillis(150), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMinutes(10));
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir Path corpus;
  @TempDir Path indexDir;
  private IndexStore store;
  private CorpusIndexer indexer;
  private Library library;
  private final Queue<IndexReport> updates = new ConcurrentLinkedQueue<>();
  private final Queue<Exception> failures = new ConcurrentLinkedQueue<>();
  private final CorpusWatcher.Listener listener = new CorpusWatcher.Listener() {
    @Override
    public void updated(IndexReport report) {
      updates.add(report);
    }

    @Override
    public void failed(Exception error) {
      failures.add(error);
    }
  };

  @BeforeEach
  void indexTheCorpus() throws Exception {
    FixtureLoader.write(corpus, "a", doc("alpha"));
    store = new IndexStore(indexDir);
    indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
    indexer.update();
    library = new LuceneLibrary(store, IndexAnalyzers.create());
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private static String doc(String word) {
    return "title: Văn bản " + word + "\n\nĐoạn văn nói về " + word + " trong văn bản.\n\nĐoạn thứ hai của văn bản.\n";
  }

  @Test
  void addedChangedAndRemovedFilesReachSearchesWhileSearchesGoOn() throws Exception {
    AtomicBoolean searching = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    Queue<Throwable> searchErrors = new ConcurrentLinkedQueue<>();
    Thread searcher = new Thread(() -> {
      while (searching.get()) {
        try {
          if (library.search(SearchRequest.of("văn bản", 10)).hits().isEmpty()) throw new AssertionError("no hits");
          searches.incrementAndGet();
        } catch (Throwable t) {
          searchErrors.add(t);
        }
      }
    });
    searcher.start();
    try (CorpusWatcher watcher = CorpusWatcher.start(indexer, FAST, listener)) {
      await("the folders are watched", watcher::watching);

      FixtureLoader.write(corpus, "b", doc("bravo"));
      await("a new file is found", () -> docsWith("bravo").equals(Set.of("b")));

      FixtureLoader.write(corpus, "moi/sau/c", doc("charlie"));
      await("a file in a new nested folder is found", () -> docsWith("charlie").equals(Set.of("moi/sau/c")));
      FixtureLoader.write(corpus, "moi/sau/d", doc("delta"));
      await("a second file in that folder is found", () -> docsWith("delta").equals(Set.of("moi/sau/d")));

      FixtureLoader.write(corpus, "a", doc("echo"));
      await("a changed file is read again", () -> docsWith("echo").equals(Set.of("a")) && docsWith("alpha").isEmpty());

      Files.delete(corpus.resolve("b.fx"));
      await("a removed file disappears", () -> docsWith("bravo").isEmpty());

      deleteTree(corpus.resolve("moi"));
      await("a removed folder's files disappear", () -> docsWith("charlie").isEmpty() && docsWith("delta").isEmpty());
      assertEquals(1, library.stats().documents());
    } finally {
      searching.set(false);
      searcher.join();
    }
    assertTrue(searchErrors.isEmpty(), () -> "searches failed during updates: " + searchErrors);
    assertTrue(searches.get() > 0);
    assertTrue(failures.isEmpty(), () -> "watcher failures: " + failures);
  }

  @Test
  void aCorpusFolderCreatedOrCreatedAgainAfterTheStartIsWatchedFromTheNextUpdateOn(@TempDir Path parent)
      throws Exception {
    Path later = parent.resolve("sau");
    CorpusIndexer twoRoots = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus, later));
    try (CorpusWatcher watcher = CorpusWatcher.start(twoRoots, FAST, listener)) {
      await("the folders are watched", watcher::watching);
      for (String round : List.of("golf", "hotel")) {
        if (Files.exists(later)) deleteTree(later);
        FixtureLoader.write(later, "first-" + round, doc(round));
        FixtureLoader.write(corpus, "nudge-" + round, doc("nudge")); // an event the watcher does see
        await("the new folder is read by the next update", () -> docsWith(round).equals(Set.of("first-" + round)));
        FixtureLoader.write(later, "second-" + round, doc(round + "x"));
        await("then watched: a file added to it is found", () -> docsWith(round + "x").equals(Set.of("second-" + round)));
      }
    }
  }

  @Test
  void aBurstOfChangesIsFoldedIntoFewUpdates() throws Exception {
    try (CorpusWatcher watcher = CorpusWatcher.start(indexer, FAST, listener)) {
      await("the first update after starting", () -> !updates.isEmpty());
      updates.clear();
      for (int i = 0; i < 40; i++) FixtureLoader.write(corpus, "lo/f" + i, doc("foxtrot"));
      await("every file of the burst is found", () -> docsWith("foxtrot").size() == 40);
      int read = updates.stream().mapToInt(IndexReport::read).sum();
      assertEquals(40, read, "each file read once");
      assertTrue(updates.size() <= 5, "40 files written at once took " + updates.size() + " updates");
    }
  }

  @Test
  void aWatchServiceThatBreaksGivesWayToRescans() throws Exception {
    AtomicReference<WatchService> opened = new AtomicReference<>();
    try (CorpusWatcher watcher = CorpusWatcher.start(indexer, FAST, listener, () -> {
      opened.set(FileSystems.getDefault().newWatchService());
      return opened.get();
    })) {
      await("the folders are watched", watcher::watching);
      opened.get().close();
      await("the watcher notices and says so",
          () -> !watcher.watching() && failures.stream().anyMatch(e -> e.getMessage().contains("quét lại")));
      FixtureLoader.write(corpus, "golf", doc("golf"));
      await("a rescan finds the new file", () -> docsWith("golf").equals(Set.of("golf")));
    }
  }

  @Test
  void withoutAWatchServiceTheFoldersAreRescanned() throws Exception {
    try (CorpusWatcher watcher = CorpusWatcher.start(indexer, FAST, listener, () -> {
      throw new IOException("User limit of inotify instances reached");
    })) {
      await("the watcher says it rescans instead", () -> failures.stream().anyMatch(e -> e.getMessage().contains("inotify")));
      assertFalse(watcher.watching());
      FixtureLoader.write(corpus, "sub/hotel", doc("hotel"));
      await("a rescan finds the new file", () -> docsWith("hotel").equals(Set.of("sub/hotel")));
      Files.delete(corpus.resolve("a.fx"));
      await("a rescan drops the removed file", () -> docsWith("alpha").isEmpty());
    }
  }

  private Set<String> docsWith(String word) {
    try {
      return library.search(SearchRequest.of(word, 50)).hits().stream().map(SearchHit::docId)
          .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Polls until the condition holds; fails after a generous patience, naming what never happened. */
  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) fail(what + ": not seen within " + PATIENCE.toSeconds() + " s; failures " + failures);
      Thread.sleep(25);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
