package vn.sotay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.index.CorpusWatcher;
import vn.sotay.index.IndexReport;
import vn.sotay.search.SearchRequest;

/** The engine as serve runs it: watching its corpus folders from the start until it closes. */
class EngineTest {
  @TempDir Path corpus;
  @TempDir Path indexDir;

  @Test
  void aWatchedCorpusShowsNewFilesAndTheWatcherStopsWithTheEngine() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "Kế hoạch thử\n\nĐiều 1. Nội dung về chuyển đổi số.\n");
    Queue<Exception> failures = new ConcurrentLinkedQueue<>();
    try (Engine engine = Engine.open(List.of(corpus), indexDir)) {
      engine.watchCorpus(new CorpusWatcher.Listener() {
        @Override
        public void updated(IndexReport report) {}

        @Override
        public void failed(Exception error) {
          failures.add(error);
        }
      });
      assertTrue(watcherRunning());
      Files.writeString(corpus.resolve("b.txt"), "Kế hoạch mới\n\nĐiều 1. Nội dung về kinh tế biển.\n");
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (engine.library().search(SearchRequest.of("kinh tế biển", 5)).hits().isEmpty()) {
        assertTrue(System.nanoTime() < deadline, "the new file never showed; failures " + failures);
        Thread.sleep(50);
      }
      assertEquals("b", engine.library().search(SearchRequest.of("kinh tế biển", 5)).hits().get(0).docId());
    }
    assertFalse(watcherRunning(), "closing the engine stops the watcher");
    assertTrue(failures.isEmpty(), failures::toString);
  }

  @Test
  void aServerOpensAnExistingIndexAtOnceAndCatchesUpInTheBackground() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "Kế hoạch thử\n\nĐiều 1. Nội dung về chuyển đổi số.\n");
    try (Engine first = Engine.openServing(List.of(corpus), indexDir)) {
      assertTrue(first.openingReport().isPresent(), "an empty index is built before serving");
      assertEquals(1, first.library().stats().documents());
    }
    Files.writeString(corpus.resolve("b.txt"), "Kế hoạch mới\n\nĐiều 1. Nội dung về kinh tế biển.\n");
    try (Engine engine = Engine.openServing(List.of(corpus), indexDir)) {
      assertTrue(engine.openingReport().isEmpty(), "an index with documents answers as it was");
      assertEquals(1, engine.library().stats().documents());
      engine.watchCorpus(new CorpusWatcher.Listener() {
        @Override
        public void updated(IndexReport report) {}

        @Override
        public void failed(Exception error) {}
      });
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (engine.library().stats().documents() < 2) {
        assertTrue(System.nanoTime() < deadline, "the watcher's first update never brought b.txt in");
        Thread.sleep(50);
      }
    }
  }

  private static boolean watcherRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("sotay-corpus-watcher") && t.isAlive());
  }
}
