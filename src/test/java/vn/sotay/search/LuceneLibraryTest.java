package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.index.CorpusIndexer;
import vn.sotay.index.FixtureLoader;
import vn.sotay.index.IndexAnalyzers;
import vn.sotay.index.IndexStore;

class LuceneLibraryTest {
  @TempDir static Path corpus;
  @TempDir static Path indexDir;
  static IndexStore store;
  static Library library;

  @BeforeAll
  static void build() throws Exception {
    FixtureLoader.write(corpus, "nq05", """
        number: 05-NQ/TU
        type: Nghị quyết
        issuer: Tỉnh ủy Sơn Hà
        date: 2023-03-15
        title: Về phát triển kinh tế - xã hội đến năm 2030

        # II. NHIỆM VỤ TRỌNG TÂM

        Tỉnh ủy đề ra 9 nhiệm vụ trọng tâm sau:

        Phát triển nguồn nhân lực chất lượng cao cho khu công nghiệp.

        Văn bản có ký tự <script>alert(1)</script> cần được thoát.
        """);
    FixtureLoader.write(corpus, "nq57", """
        number: 57-NQ/TW
        type: Nghị quyết
        issuer: Bộ Chính trị
        date: 2024-12-22
        title: Về đột phá phát triển khoa học, công nghệ

        Trong tâm thế mới, các cấp ủy Đảng bộ tỉnh tập trung lãnh đạo.

        Nhiệm vụ trọng yếu là chuyển đổi số; tâm điểm là con người.
        """);
    FixtureLoader.write(corpus, "ct12", """
        number: 12-CT/TU
        type: Chỉ thị
        issuer: Tỉnh ủy Sơn Hà
        date: 2023-05-05
        title: Về đẩy mạnh chuyển đổi số

        Đẩy mạnh chuyển đổi số trong các cơ quan Đảng.
        """);
    FixtureLoader.write(corpus, "nd30", """
        number: 30/2020/NĐ-CP
        type: Nghị định
        issuer: Chính phủ
        date: 2020-03-05
        title: Về công tác văn thư

        Nghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư.
        """);
    store = new IndexStore(indexDir);
    new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
    library = new LuceneLibrary(store, IndexAnalyzers.create());
  }

  @Test
  void newestFirstOrdersTheBestMatchesByTheirDocumentsDates() throws Exception {
    SearchRequest query = SearchRequest.of("chuyển đổi số nhiệm vụ", 10);
    List<SearchHit> best = library.search(query).hits();
    List<SearchHit> newest = library.search(query.withSort(SearchRequest.Sort.DATE)).hits();
    assertEquals(best.stream().map(SearchHit::anchor).sorted().toList(), newest.stream().map(SearchHit::anchor).sorted().toList(),
        "the same passages");
    for (int i = 1; i < newest.size(); i++) {
      assertTrue(newest.get(i - 1).date().compareTo(newest.get(i).date()) >= 0, newest.toString());
    }
    assertEquals("nq57", newest.get(0).docId());
    assertEquals(SearchRequest.Sort.DATE, SearchRequest.Sort.parse("moi-nhat").orElseThrow());
    assertEquals(SearchRequest.Sort.RELEVANCE, SearchRequest.Sort.parse("relevance").orElseThrow());
    assertTrue(SearchRequest.Sort.parse("ngày").isEmpty());
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static List<SearchHit> hits(String query) throws InvalidQueryException {
    return library.search(SearchRequest.of(query, 10)).hits();
  }

  @Test
  void anExactPhraseWithItsAccentsRanksAboveScatteredOrFoldedWords() throws Exception {
    List<SearchHit> hits = hits("trọng tâm");
    assertEquals("Tỉnh ủy đề ra 9 nhiệm vụ trọng tâm sau:", hits.get(0).text());
    int tamThe = indexOf(hits, "Trong tâm thế mới");
    int scattered = indexOf(hits, "trọng yếu");
    assertTrue(tamThe > 0 || tamThe == -1, "folded 'trong tâm' is below the exact phrase");
    assertTrue(scattered == -1 || scattered > 0);
  }

  @Test
  void unaccentedTypingFindsAccentedText() throws Exception {
    List<SearchHit> hits = hits("dang bo tinh");
    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).text().contains("Đảng bộ tỉnh"));
  }

  @Test
  void hitsCarryTheirDocumentsMetadataAndHeadingPath() throws Exception {
    SearchHit hit = hits("nguồn nhân lực chất lượng cao").get(0);
    assertEquals("nq05", hit.docId());
    assertEquals("05-NQ/TU", hit.docNumber());
    assertEquals("Nghị quyết", hit.docType());
    assertEquals("2023-03-15", hit.date());
    assertEquals(List.of("II. NHIỆM VỤ TRỌNG TÂM"), hit.path());
    assertTrue(hit.highlight().contains("<mark>"), hit.highlight());
  }

  @Test
  void highlightsEscapeTheDocumentsOwnMarkup() throws Exception {
    SearchHit hit = hits("ký tự thoát").get(0);
    assertTrue(hit.highlight().contains("&lt;script&gt;"), hit.highlight());
    assertFalse(hit.highlight().contains("<script>"));
  }

  @Test
  void filtersNarrowByTypeIssuerAndYear() throws Exception {
    SearchResponse all = library.search(SearchRequest.of("chuyển đổi số", 10));
    assertEquals(2, all.hits().stream().map(SearchHit::docId).distinct().count());
    SearchResponse directives = library.search(new SearchRequest("chuyển đổi số", "Chỉ thị", null, null, 10, 0));
    assertTrue(directives.hits().stream().allMatch(h -> h.docId().equals("ct12")));
    SearchResponse in2024 = library.search(new SearchRequest("chuyển đổi số", null, null, 2024, 10, 0));
    assertTrue(in2024.hits().stream().allMatch(h -> h.docId().equals("nq57")));
    SearchResponse byIssuer = library.search(new SearchRequest("chuyển đổi số", null, "Bộ Chính trị", null, 10, 0));
    assertTrue(byIssuer.hits().stream().allMatch(h -> h.docId().equals("nq57")));
  }

  @Test
  void facetsCountDocumentsPerValue() throws Exception {
    SearchResponse r = library.search(SearchRequest.of("chuyển đổi số", 10));
    assertEquals(1L, r.facets().get("type").get("Chỉ thị"));
    assertEquals(1L, r.facets().get("type").get("Nghị quyết"));
    assertEquals(1L, r.facets().get("year").get("2024"));
  }

  @Test
  void pagingSkipsTheFirstHits() throws Exception {
    List<SearchHit> first = library.search(SearchRequest.of("văn thư", 1)).hits();
    List<SearchHit> second = library.search(SearchRequest.of("văn thư", 1).withPage(1, 1)).hits();
    assertEquals(1, first.size());
    assertTrue(second.isEmpty() || !second.get(0).anchor().equals(first.get(0).anchor())
        || !second.get(0).docId().equals(first.get(0).docId()));
  }

  @Test
  void badQueriesAreRefusedWithAReason() {
    InvalidQueryException empty = assertThrows(InvalidQueryException.class, () -> hits("   "));
    assertFalse(empty.getMessage().isBlank());
    assertThrows(InvalidQueryException.class, () -> hits("a".repeat(10_000)));
    assertThrows(InvalidQueryException.class, () -> library.search(SearchRequest.of("văn thư", 0)));
    assertThrows(InvalidQueryException.class, () -> library.search(SearchRequest.of("văn thư", 101)));
    assertThrows(InvalidQueryException.class, () -> library.search(SearchRequest.of("văn thư", 10).withPage(10, -1)));
  }

  @Test
  void querySyntaxCharactersAreJustText() throws Exception {
    for (String q : List.of("*", "?", "~", "\"", "(", ":", "\\", "văn thư*", "\"công tác", "a:b (c", "AND OR NOT")) {
      library.search(SearchRequest.of(q, 5));
    }
    assertFalse(hits("\"công tác văn thư\"").isEmpty());
  }

  @Test
  void aQueryOfManyWordsWithinTheLimitStillAnswers() throws Exception {
    String words = "văn thư ".repeat(240); // 480 words, under the 2,000-character limit
    assertFalse(hits(words).isEmpty());
  }

  @Test
  void aDocumentViewListsItsPassagesInOrder() {
    DocumentView view = library.document("nq05").orElseThrow();
    assertEquals("05-NQ/TU", view.summary().docNumber());
    assertEquals(3, view.sections().size());
    assertTrue(view.sections().get(0).text().startsWith("Tỉnh ủy đề ra"));
    assertTrue(library.document("khong-co").isEmpty());
    assertTrue(library.document("../../etc/passwd").isEmpty());
  }

  @Test
  void documentsAreListedNewestFirstAndCounted() {
    List<DocumentSummary> docs = library.documents(null, null, null, 10, 0);
    assertEquals(List.of("nq57", "ct12", "nq05", "nd30"), docs.stream().map(DocumentSummary::docId).toList());
    assertEquals(2, library.countDocuments("Nghị quyết", null, null));
    assertEquals(2, library.countDocuments(null, null, 2023));
    assertEquals(4, library.stats().documents());
  }

  @Test
  void suggestionsMatchTitlesTypedWithoutAccents() {
    List<Suggestion> s = library.suggest("van th", 5);
    assertEquals("nd30", s.get(0).docId());
    assertTrue(library.suggest("", 5).isEmpty());
  }

  private static int indexOf(List<SearchHit> hits, String fragment) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).text().contains(fragment)) return i;
    }
    return -1;
  }
}
