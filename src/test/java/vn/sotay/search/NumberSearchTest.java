package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.index.CorpusIndexer;
import vn.sotay.index.FixtureLoader;
import vn.sotay.index.IndexAnalyzers;
import vn.sotay.index.IndexStore;

/** Look-ups by document number, typed the ways a help desk types them, find the document first. */
class NumberSearchTest {
  @TempDir static Path corpus;
  @TempDir static Path indexDir;
  static IndexStore store;
  static Library library;

  @BeforeAll
  static void build() throws Exception {
    String[][] docs = {
        {"nq05", "05-NQ/TU", "Nghị quyết", "Về phát triển công nghiệp"},
        {"nq57", "57-NQ/TW", "Nghị quyết", "Về đột phá khoa học công nghệ"},
        {"nq50", "50-NQ/TU", "Nghị quyết", "Về nghị quyết số 05 và 57 đã nêu"},
        {"ctr50", "50-CTr/TU", "Chương trình", "Thực hiện Nghị quyết 05-NQ/TU"},
        {"ct12", "12/CT-UBND", "Chỉ thị", "Về chuyển đổi số"},
        {"nd30", "30/2020/NĐ-CP", "Nghị định", "Về công tác văn thư"},
        {"cv456", "456/UBND-VX", null, "Về việc tổ chức lễ"}};
    for (String[] d : docs) {
      FixtureLoader.write(corpus, d[0], "number: " + d[1] + "\n" + (d[2] == null ? "" : "type: " + d[2] + "\n")
          + "title: " + d[3] + "\n\n" + d[3] + ". Nội dung văn bản số " + d[1] + ".\n");
    }
    store = new IndexStore(indexDir);
    new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
    library = new LuceneLibrary(store, IndexAnalyzers.create());
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "05-NQ/TU|nq05", "NQ05|nq05", "nq 5 tu|nq05", "05/NQ-TU|nq05", "nghị quyết số 05-NQ/TU|nq05",
      "nghi quyet 05|nq05", "57-NQ/TW|nq57", "nq 57|nq57", "50-CTr/TU|ctr50", "12/CT-UBND|ct12",
      "30/2020/NĐ-CP|nd30", "nghị định 30/2020|nd30", "30-2020-nd-cp|nd30", "456/UBND-VX|cv456"})
  void theDocumentWithThatNumberComesFirst(String typed, String docId) throws Exception {
    assertEquals(docId, library.search(SearchRequest.of(typed, 5)).hits().get(0).docId());
  }
}
