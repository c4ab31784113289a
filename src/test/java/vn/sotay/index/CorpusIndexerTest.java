package vn.sotay.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.document.DocumentLoader;
import vn.sotay.document.ParsedDocument;
import vn.sotay.document.UnreadableDocumentException;

class CorpusIndexerTest {
  @TempDir Path corpus;
  @TempDir Path indexDir;

  private static final String DOC = "number: 05-NQ/TU\ntype: Nghị quyết\ntitle: Về phát triển\n\nĐoạn một.\n\nĐoạn hai.\n";

  @Test
  void firstUpdateReadsEveryFileAndCountsPassages() throws Exception {
    FixtureLoader.write(corpus, "a", DOC);
    FixtureLoader.write(corpus, "sub/b", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      IndexReport report = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
      assertEquals(2, report.read());
      assertEquals(2, report.documents());
      assertEquals(4, report.passages());
    }
  }

  @Test
  void unchangedFilesAreNotReadAgainAndRemovedFilesDisappear() throws Exception {
    FixtureLoader.write(corpus, "a", DOC);
    Path b = FixtureLoader.write(corpus, "b", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
      indexer.update();
      Files.delete(b);
      IndexReport second = indexer.update();
      assertEquals(0, second.read());
      assertEquals(1, second.unchanged());
      assertEquals(1, second.removed());
      assertEquals(1, second.documents());
      assertEquals(0, countDocId(store, "b"));
    }
  }

  @Test
  void aCorpusFolderThatGoesMissingKeepsItsDocumentsUntilItIsBack(@TempDir Path share) throws Exception {
    Path mounted = share.resolve("vanban");
    FixtureLoader.write(corpus, "a", DOC);
    FixtureLoader.write(mounted, "b", DOC);
    FixtureLoader.write(mounted, "c", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus, mounted));
      assertEquals(3, indexer.update().documents());
      Path away = share.resolve("unmounted");
      Files.move(mounted, away);
      IndexReport missing = indexer.update();
      assertEquals(0, missing.removed());
      assertEquals(3, missing.documents());
      assertTrue(missing.skipped().stream().anyMatch(s -> s.file().equals(mounted.toString())
          && s.reason().startsWith("Thư mục văn bản không tồn tại")), missing.skipped().toString());
      Files.delete(away.resolve("c.fx"));
      Files.move(away, mounted);
      IndexReport back = indexer.update();
      assertEquals(1, back.removed(), "what went while it was away goes once it is back");
      assertEquals(2, back.documents());
      assertEquals(0, countDocId(store, "c"));
    }
  }

  @Test
  void aChangedFileReplacesItsPassages() throws Exception {
    Path a = FixtureLoader.write(corpus, "a", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
      indexer.update();
      Files.writeString(a, DOC + "\nĐoạn ba.\n");
      IndexReport second = indexer.update();
      assertEquals(1, second.read());
      assertEquals(3, second.passages());
    }
  }

  @Test
  void aFileThatBreaksIsReportedAndItsEarlierVersionStays() throws Exception {
    Path a = FixtureLoader.write(corpus, "a", DOC);
    FixtureLoader.write(corpus, "bad", "CORRUPT");
    Files.writeString(corpus.resolve("notes.xyz"), "?");
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
      IndexReport first = indexer.update();
      assertEquals(1, first.documents());
      assertTrue(first.skipped().stream().anyMatch(s -> s.file().equals("bad.fx") && s.reason().equals("Tệp hỏng")));
      assertTrue(first.skipped().stream().anyMatch(s -> s.file().equals("notes.xyz")));
      Files.writeString(a, "CORRUPT now");
      IndexReport second = indexer.update();
      assertEquals(1, second.documents(), "the old version of a.fx is kept");
      assertEquals(2, countDocId(store, "a"));
    }
  }

  @Test
  void reopeningAnIndexKeepsItsContent() throws Exception {
    FixtureLoader.write(corpus, "a", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
    }
    try (IndexStore store = new IndexStore(indexDir)) {
      IndexReport again = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
      assertEquals(1, again.unchanged());
      assertEquals(2, countDocId(store, "a"));
    }
  }

  @Test
  void aFileThatFailedIsNotReadAgainUntilItChangesButIsStillReported() throws Exception {
    FixtureLoader.write(corpus, "a", DOC);
    Path bad = FixtureLoader.write(corpus, "bad", "CORRUPT");
    CountingLoader loader = new CountingLoader(null);
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = new CorpusIndexer(store, loader, List.of(corpus));
      indexer.update();
      IndexReport second = indexer.update();
      assertEquals(List.of(new IndexReport.Skipped("bad.fx", "Tệp hỏng")), second.skipped());
      assertEquals(2, loader.loads.get(), "neither file read again");
      Files.writeString(bad, DOC);
      IndexReport third = indexer.update();
      assertEquals(1, third.read());
      assertEquals(2, third.documents());
      assertTrue(third.skipped().isEmpty());
    }
  }

  @Test
  void aLargeUpdateLeavesOneSegmentToSearch() throws Exception {
    for (int i = 0; i < CorpusIndexer.MERGE_AFTER_READ; i++) FixtureLoader.write(corpus, "vb-" + i, DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      new CorpusIndexer(store, new FixtureLoader(), List.of(corpus), java.time.Duration.ofMillis(20)).update(); // many segments
      IndexSearcher searcher = store.acquire();
      try {
        assertEquals(1, searcher.getIndexReader().leaves().size());
        assertEquals(CorpusIndexer.MERGE_AFTER_READ, searcher.count(new TermQuery(new Term(Fields.REC, Fields.REC_FILE))));
      } finally {
        store.release(searcher);
      }
    }
  }

  @Test
  void anUntouchedFileIsNotReadEvenToBeHashed() throws Exception {
    FixtureLoader.write(corpus, "a", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
      indexer.update();
      Path a = corpus.resolve("a.fx");
      // same size and same modification time are trusted, as rsync and make trust them: the bytes are not hashed
      java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(a);
      byte[] bytes = Files.readAllBytes(a);
      bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == 'x' ? 'y' : 'x');
      Files.write(a, bytes);
      Files.setLastModifiedTime(a, time);
      IndexReport again = indexer.update();
      assertEquals(1, again.unchanged());
      assertEquals(0, again.read());
      Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 60_000));
      IndexReport touched = indexer.update();
      assertEquals(1, touched.read(), "a new time: hashed, and the changed byte found");
    }
  }

  @Test
  void aFileRemovedWhileTheUpdateRunsIsDroppedWithoutComplaint() throws Exception {
    FixtureLoader.write(corpus, "a", DOC);
    FixtureLoader.write(corpus, "b", DOC);
    try (IndexStore store = new IndexStore(indexDir)) {
      new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
      FixtureLoader.write(corpus, "a", DOC + "\nĐoạn ba.\n");
      CountingLoader loader = new CountingLoader(corpus.resolve("b.fx")); // deletes b.fx once the walk has listed it
      CorpusIndexer indexer = new CorpusIndexer(store, loader, List.of(corpus));
      IndexReport report = indexer.update();
      assertTrue(report.skipped().isEmpty(), report.skipped().toString());
      assertEquals(1, report.read());
      // b.fx looked untouched when listed, so this update did not open it; the next one finds it gone
      IndexReport next = indexer.update();
      assertTrue(next.skipped().isEmpty(), next.skipped().toString());
      assertEquals(1, report.removed() + next.removed());
      assertEquals(0, countDocId(store, "b"));
    }
  }

  /** The fixture loader, counting its loads; it may delete one file when asked whether it reads it. */
  private static final class CountingLoader implements DocumentLoader {
    final AtomicInteger loads = new AtomicInteger();
    private final FixtureLoader fixtures = new FixtureLoader();
    private final Path vanishing;

    CountingLoader(Path vanishing) {
      this.vanishing = vanishing;
    }

    @Override
    public boolean accepts(Path file) {
      if (file.equals(vanishing)) {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return fixtures.accepts(file);
    }

    @Override
    public ParsedDocument load(Path root, Path file) throws UnreadableDocumentException {
      loads.incrementAndGet();
      return fixtures.load(root, file);
    }
  }

  private static int countDocId(IndexStore store, String docId) throws Exception {
    IndexSearcher searcher = store.acquire();
    try {
      return searcher.count(new TermQuery(new Term(Fields.DOC_ID, docId)))
          - searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.DOC_ID, docId)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(Fields.REC, Fields.REC_FILE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
              .build());
    } finally {
      store.release(searcher);
    }
  }
}
