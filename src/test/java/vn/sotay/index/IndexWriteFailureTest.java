package vn.sotay.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up or a folder held by another process: a clear error, the old index still serves, and it heals. */
class IndexWriteFailureTest {
  @TempDir Path corpus;
  @TempDir Path indexDir;

  /** A directory whose new files fail to be written while {@link #full} is set, like a full disk. */
  private static final class FillingDirectory extends FilterDirectory {
    volatile boolean full;

    FillingDirectory(Path dir) throws IOException {
      super(FSDirectory.open(dir));
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (full) throw new IOException("No space left on device");
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      if (full) throw new IOException("No space left on device");
      return super.createTempOutput(prefix, suffix, context);
    }
  }

  private static String doc(String word) {
    return "title: Văn bản " + word + "\n\nĐoạn một về " + word + ".\n\nĐoạn hai về " + word + ".\n";
  }

  @Test
  void aFullDiskFailsTheUpdateClearlyKeepsTheOldIndexAndTheNextUpdateHeals() throws Exception {
    FixtureLoader.write(corpus, "a", doc("alpha"));
    Path b = FixtureLoader.write(corpus, "b", doc("bravo"));
    FillingDirectory dir = new FillingDirectory(indexDir);
    try (IndexStore store = new IndexStore(dir, indexDir.toString())) {
      CorpusIndexer indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
      indexer.update();
      Map<String, Integer> before = IndexCensus.of(store).passagesByDoc();

      FixtureLoader.write(corpus, "a", doc("alpha") + "\nĐoạn ba về alpha.\n");
      FixtureLoader.write(corpus, "c", doc("charlie"));
      Files.delete(b);
      dir.full = true;
      IndexWriteException e = assertThrows(IndexWriteException.class, indexer::update);
      assertTrue(e.getMessage().contains("ổ đĩa đã đầy") && e.getMessage().contains(indexDir.toString()), e.getMessage());
      assertEquals(before, IndexCensus.of(store).passagesByDoc(), "searches still see the last commit");
      assertThrows(IndexWriteException.class, indexer::update, "still full: fails again, the same way");
      assertEquals(before, IndexCensus.of(store).passagesByDoc());

      dir.full = false;
      IndexReport healed = indexer.update();
      assertEquals(2, healed.read());
      assertEquals(1, healed.removed());
      IndexCensus census = IndexCensus.of(store);
      assertEquals(Map.of("a", 3, "c", 2), census.passagesByDoc());
      assertEquals(Map.of("a", 1, "c", 1), census.fileRecordsByDoc());
    }
  }

  @Test
  void anIndexHeldByAnotherWriterIsReportedAndStillSearchable() throws Exception {
    FixtureLoader.write(corpus, "a", doc("alpha"));
    try (IndexStore first = new IndexStore(indexDir)) {
      new CorpusIndexer(first, new FixtureLoader(), List.of(corpus)).update();
      try (IndexStore second = new IndexStore(indexDir)) {
        IndexWriteException e = assertThrows(IndexWriteException.class,
            () -> new CorpusIndexer(second, new FixtureLoader(), List.of(corpus)).update());
        assertTrue(e.getMessage().contains("tiến trình sotay khác"), e.getMessage());
        assertEquals(Map.of("a", 2), IndexCensus.of(second).passagesByDoc());
      }
    }
  }
}
