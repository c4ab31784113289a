package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.index.CorpusIndexer;
import vn.sotay.index.FixtureLoader;
import vn.sotay.index.IndexAnalyzers;
import vn.sotay.index.IndexStore;

/** The catalog follows the index from version to version: added, changed, removed and internal documents. */
class DocumentCatalogTest {
  @TempDir Path corpus;
  @TempDir Path indexDir;
  IndexStore store;
  CorpusIndexer indexer;
  final DocumentCatalog catalog = new DocumentCatalog();

  @BeforeEach
  void open() throws Exception {
    write("nq-05", "05-NQ/TU", "2023-03-15", "Về phát triển nguồn nhân lực", null);
    write("ct-12", "12/CT-UBND", "2024-01-02", "Về chuyển đổi số", null);
    write("kh-5", "5/KH-UBND", "2022-06-01", "Kế hoạch nội bộ về nhân sự", "noi-bo");
    store = new IndexStore(indexDir);
    indexer = new CorpusIndexer(store, new FixtureLoader(), List.of(corpus));
    indexer.update();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void listsDocumentsNewestFirstAndThePublicApart() throws Exception {
    DocumentCatalog.Version v = current();
    assertEquals(List.of("ct-12", "nq-05", "kh-5"), ids(v.all()));
    assertEquals(List.of("ct-12", "nq-05"), ids(v.publicOnly()));
  }

  @Test
  void findsDocumentsBySerialWhateverTheirLeadingZeros() throws Exception {
    DocumentCatalog.Version v = current();
    assertEquals(List.of("nq-05", "kh-5"), v.all().numbered("5").stream().map(DocumentSummary::docId).toList());
    assertEquals(List.of("nq-05", "kh-5"), v.all().numbered("005").stream().map(DocumentSummary::docId).toList());
    assertEquals(List.of("nq-05"), v.publicOnly().numbered("05").stream().map(DocumentSummary::docId).toList());
    assertTrue(v.all().numbered("99").isEmpty());
  }

  @Test
  void aNewIndexVersionShowsWhatChangedAndTheSameVersionIsNotBuiltAgain() throws Exception {
    DocumentCatalog.Version before = current();
    assertSame(before, current());
    write("qd-7", "7/QĐ-UBND", "2025-05-05", "Quyết định mới", null);
    write("nq-05", "05-NQ/TU", "2023-03-15", "Về phát triển nguồn nhân lực (sửa đổi)", null);
    Files.delete(corpus.resolve("ct-12.fx"));
    indexer.update();
    DocumentCatalog.Version after = current();
    assertEquals(List.of("qd-7", "nq-05", "kh-5"), ids(after.all()));
    assertEquals("Về phát triển nguồn nhân lực (sửa đổi)", after.all().byId.get("nq-05").title());
    assertEquals(List.of("qd-7"), after.all().numbered("7").stream().map(DocumentSummary::docId).toList());
    assertEquals("qd-7", after.all().suggester().suggest("quyet dinh moi", 5).get(0).docId());
  }

  @Test
  void aPreparedLibraryStillListsToEachViewerOnlyWhatItSees() throws Exception {
    Library everyone = new LuceneLibrary(store, IndexAnalyzers.create());
    everyone.prepare();
    assertEquals(List.of(), everyone.suggest("ke hoach noi bo", 5));
    assertEquals(List.of("kh-5"),
        everyone.seenBy(Viewer.INTERNAL).suggest("ke hoach noi bo", 5).stream().map(Suggestion::docId).toList());
    assertEquals(List.of("nq-05"), everyone.documentsNumbered("5").stream().map(DocumentSummary::docId).toList());
    assertEquals(List.of("nq-05", "kh-5"),
        everyone.seenBy(Viewer.INTERNAL).documentsNumbered("05").stream().map(DocumentSummary::docId).toList());
  }

  private DocumentCatalog.Version current() throws Exception {
    IndexSearcher searcher = store.acquire();
    try {
      return catalog.of(searcher, store.version(searcher));
    } finally {
      store.release(searcher);
    }
  }

  private static List<String> ids(DocumentCatalog.Documents documents) {
    return documents.list.stream().map(DocumentSummary::docId).toList();
  }

  private void write(String name, String number, String date, String title, String access) throws Exception {
    FixtureLoader.write(corpus, name, "number: " + number + "\ndate: " + date + "\ntitle: " + title + "\n"
        + (access == null ? "" : "access: " + access + "\n") + "\nNội dung của " + title + ".\n");
  }
}
