package vn.sotay.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.document.CorpusLoader;
import vn.sotay.document.FolderAccess;

/**
 * Where a document's access comes from, as the index stores it: its own front matter, else the nearest folder rule
 * (.sotay-access), else public; and how rule changes reach the index.
 */
class AccessIndexingTest {
  @TempDir Path corpus;
  @TempDir Path indexDir;

  static String doc(String frontMatter, String body) {
    return "---\ntrich_yeu: Văn bản mẫu\n" + frontMatter + "---\n" + body + "\n";
  }

  void write(String path, String text) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  void rule(String folder, String text) throws IOException {
    write(folder + "/" + FolderAccess.FILE_NAME, text);
  }

  /** The access stored on each document's file record, by docId. */
  static Map<String, String> fileAccess(IndexStore store) throws IOException {
    Map<String, String> access = new HashMap<>();
    IndexSearcher searcher = store.acquire();
    try {
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.REC, Fields.REC_FILE)), 1000).scoreDocs) {
        Document d = stored.document(sd.doc);
        access.put(d.get(Fields.DOC_ID), d.get(Fields.ACCESS));
      }
    } finally {
      store.release(searcher);
    }
    return access;
  }

  /** How many passages of the document carry this access: every one of them must agree with its file record. */
  static int passagesWith(IndexStore store, String docId, String access) throws IOException {
    IndexSearcher searcher = store.acquire();
    try {
      return searcher.count(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.REC, Fields.REC_PASSAGE)), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.DOC_ID, docId)), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ACCESS, access)), Occur.FILTER).build());
    } finally {
      store.release(searcher);
    }
  }

  CorpusIndexer indexer(IndexStore store) {
    return new CorpusIndexer(store, new CorpusLoader(), List.of(corpus));
  }

  @BeforeEach
  void corpusWithoutRules() throws IOException {
    write("chung/cong-van.md", doc("", "Công văn gửi các sở.\n\nĐoạn thứ hai."));
    write("mat/ke-hoach.md", doc("", "Kế hoạch bảo vệ.\n\nĐoạn thứ hai."));
    write("mat/ban-chinh/bao-cao.md", doc("", "Báo cáo của ban.\n\nĐoạn thứ hai."));
    write("mat/ban-chinh/thong-bao.md", doc("access: public\n", "Thông báo chung.\n\nĐoạn thứ hai."));
  }

  @Test
  void withoutAnyRuleEveryDocumentIsPublic() throws Exception {
    try (IndexStore store = new IndexStore(indexDir)) {
      IndexReport report = indexer(store).update();
      assertEquals(0, report.internalDocuments());
      assertEquals(Map.of("chung/cong-van", "public", "mat/ke-hoach", "public", "mat/ban-chinh/bao-cao", "public",
          "mat/ban-chinh/thong-bao", "public"), fileAccess(store));
    }
  }

  @Test
  void aFolderRuleCoversItsSubfoldersAndADocumentsOwnWordWins() throws Exception {
    rule("mat", "# chỉ cán bộ được cấp quyền\n\nnoi-bo\n");
    write("chung/bien-ban.md", doc("quyen_truy_cap: Nội bộ\n", "Biên bản họp.\n\nĐoạn thứ hai."));
    try (IndexStore store = new IndexStore(indexDir)) {
      IndexReport report = indexer(store).update();
      assertEquals(Map.of("chung/cong-van", "public", "chung/bien-ban", "noi-bo", "mat/ke-hoach", "noi-bo",
          "mat/ban-chinh/bao-cao", "noi-bo", "mat/ban-chinh/thong-bao", "public"), fileAccess(store));
      assertEquals(3, report.internalDocuments());
      assertEquals(5, report.documents(), "the rule file itself is not a document");
      assertTrue(report.skipped().isEmpty() && report.notices().isEmpty(), report.toString());
      assertTrue(passagesWith(store, "mat/ke-hoach", "noi-bo") > 0);
      assertEquals(0, passagesWith(store, "mat/ke-hoach", "public"), "passages carry their document's access");
      assertTrue(passagesWith(store, "chung/bien-ban", "noi-bo") > 0);
      assertEquals(0, passagesWith(store, "chung/bien-ban", "public"));
    }
  }

  @Test
  void theNearestRuleWinsSoASubfolderCanBePublicAgain() throws Exception {
    rule("mat", "noi-bo");
    rule("mat/ban-chinh", "công khai");
    try (IndexStore store = new IndexStore(indexDir)) {
      indexer(store).update();
      Map<String, String> access = fileAccess(store);
      assertEquals("noi-bo", access.get("mat/ke-hoach"));
      assertEquals("public", access.get("mat/ban-chinh/bao-cao"));
    }
  }

  @Test
  void unknownEmptyOrMistypedValuesAreInternalAndReported() throws Exception {
    rule("mat", "bi-mat\n");
    rule("chung", "# chưa ghi gì\n\n");
    write("goc/ghi-chu.md", doc("access: tuyet mat\n", "Ghi chú.\n\nĐoạn thứ hai."));
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = indexer(store);
      IndexReport report = indexer.update();
      Map<String, String> access = fileAccess(store);
      assertEquals("noi-bo", access.get("mat/ke-hoach"), "an unknown rule fails closed");
      assertEquals("public", access.get("mat/ban-chinh/thong-bao"), "a document's own public word still counts");
      assertEquals("noi-bo", access.get("chung/cong-van"), "an empty rule fails closed");
      assertEquals("noi-bo", access.get("goc/ghi-chu"), "an unknown front-matter value fails closed");
      Map<String, String> notices = new HashMap<>();
      report.notices().forEach(n -> notices.put(n.file(), n.message()));
      assertEquals(3, notices.size(), report.notices().toString());
      assertTrue(notices.get("mat/" + FolderAccess.FILE_NAME).contains("“bi-mat” không rõ"), notices.toString());
      assertTrue(notices.get("chung/" + FolderAccess.FILE_NAME).contains("trống"), notices.toString());
      assertTrue(notices.get("goc/ghi-chu.md").contains("“tuyet mat” không rõ"), notices.toString());

      IndexReport again = indexer.update();
      assertEquals(0, again.read());
      assertEquals(2, again.notices().size(), "a broken rule is reported on every update until it is fixed");
    }
  }

  @Test
  void changingARuleReindexesTheFilesItCoversThoughTheirBytesAreTheSame() throws Exception {
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = indexer(store);
      indexer.update();

      rule("mat", "noi-bo");
      IndexReport closed = indexer.update();
      assertEquals(3, closed.read(), "the three files under mat/");
      assertEquals(1, closed.unchanged());
      assertEquals(2, closed.internalDocuments());
      assertEquals("noi-bo", fileAccess(store).get("mat/ban-chinh/bao-cao"));
      assertTrue(passagesWith(store, "mat/ban-chinh/bao-cao", "noi-bo") > 0);
      assertEquals(0, passagesWith(store, "mat/ban-chinh/bao-cao", "public"));

      assertEquals(0, indexer.update().read(), "an unchanged rule reads nothing again");

      rule("mat", "public");
      IndexReport opened = indexer.update();
      assertEquals(3, opened.read());
      assertEquals(0, opened.internalDocuments());
      assertEquals(0, passagesWith(store, "mat/ban-chinh/bao-cao", "noi-bo"));

      rule("mat", "noi-bo");
      indexer.update();
      Files.delete(corpus.resolve("mat/" + FolderAccess.FILE_NAME));
      IndexReport removed = indexer.update();
      assertEquals(3, removed.read());
      assertEquals(0, removed.internalDocuments(), "without its rule the folder is public again");
    }
  }

  @Test
  void theWatcherAppliesARuleWrittenWhileServing() throws Exception {
    CorpusWatcher.Timing fast = new CorpusWatcher.Timing(
        Duration.ofMillis(150), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMinutes(10));
    AtomicInteger updates = new AtomicInteger();
    try (IndexStore store = new IndexStore(indexDir)) {
      CorpusIndexer indexer = indexer(store);
      indexer.update();
      try (CorpusWatcher watcher = CorpusWatcher.start(indexer, fast, new CorpusWatcher.Listener() {
        @Override
        public void updated(IndexReport report) {
          updates.incrementAndGet();
        }

        @Override
        public void failed(Exception error) {}
      })) {
        waitFor(watcher::watching);
        waitFor(() -> updates.get() > 0); // the watcher's first update, which catches what changed before it started
        rule("mat/ban-chinh", "noi-bo");
        waitFor(() -> "noi-bo".equals(fileAccess(store).get("mat/ban-chinh/bao-cao")));
        assertEquals("noi-bo", fileAccess(store).get("mat/ban-chinh/bao-cao"), "a rule file is hidden but watched");
        assertEquals("public", fileAccess(store).get("mat/ke-hoach"));
      }
    }
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  static void waitFor(Condition condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.holds() && System.nanoTime() < deadline) Thread.sleep(50);
  }
}
