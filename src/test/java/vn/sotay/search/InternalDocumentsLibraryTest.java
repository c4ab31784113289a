package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.corpus.InternalCorpus.INTERNAL_DOCS;
import static vn.sotay.corpus.InternalCorpus.MINUTES_DOC;
import static vn.sotay.corpus.InternalCorpus.MINUTES_WORD;
import static vn.sotay.corpus.InternalCorpus.OPENED_DOC;
import static vn.sotay.corpus.InternalCorpus.PLAN_DOC;
import static vn.sotay.corpus.InternalCorpus.PLAN_ISSUER;
import static vn.sotay.corpus.InternalCorpus.PLAN_NUMBER;
import static vn.sotay.corpus.InternalCorpus.PLAN_WORD;
import static vn.sotay.corpus.InternalCorpus.PLAN_YEAR;
import static vn.sotay.corpus.InternalCorpus.PUBLIC_DOCS;
import static vn.sotay.corpus.InternalCorpus.SHARED_WORDS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.corpus.InternalCorpus;

/** The library as a public viewer and as a viewer granted internal access sees the same index. */
class InternalDocumentsLibraryTest {
  @TempDir static Path work;
  static Engine engine;
  static Library everyone;
  static Library granted;

  @BeforeAll
  static void open() throws Exception {
    engine = InternalCorpus.engine(work);
    everyone = engine.library();
    granted = everyone.seenBy(Viewer.INTERNAL);
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  static SearchResponse search(Library library, String query) throws InvalidQueryException {
    return library.search(SearchRequest.of(query, 20));
  }

  @Test
  void theEngineShowsPublicDocumentsUnlessAViewerIsGranted() {
    assertEquals(Viewer.PUBLIC, everyone.viewer());
    assertEquals(Viewer.INTERNAL, granted.viewer());
    assertEquals(Viewer.PUBLIC, granted.seenBy(Viewer.PUBLIC).viewer());
  }

  @Test
  void anInternalWordFindsNothingForThePublicAndItsPassagesForTheGranted() throws Exception {
    for (String word : List.of(PLAN_WORD, MINUTES_WORD, "ky lan")) {
      SearchResponse seen = search(everyone, word);
      assertEquals(0, seen.total(), word);
      assertTrue(seen.hits().isEmpty(), word);
      seen.facets().values().forEach(counts -> assertTrue(counts.isEmpty(), word + ": " + seen.facets()));
    }
    SearchResponse plan = search(granted, PLAN_WORD);
    assertTrue(plan.total() >= 3, "every passage naming it: " + plan.total());
    assertTrue(plan.hits().stream().allMatch(h -> h.docId().equals(PLAN_DOC) && "noi-bo".equals(h.access())));
    assertTrue(plan.hits().get(0).highlight().contains("<mark>Kỳ</mark>"), plan.hits().get(0).highlight());
    assertEquals(MINUTES_DOC, search(granted, MINUTES_WORD).hits().get(0).docId());
  }

  @Test
  void aNumberLookUpDoesNotFindAnInternalDocumentForThePublic() throws Exception {
    assertTrue(search(everyone, PLAN_NUMBER).hits().stream().noneMatch(h -> h.docId().equals(PLAN_DOC)));
    assertEquals(PLAN_DOC, search(granted, PLAN_NUMBER).hits().get(0).docId());
  }

  @Test
  void sharedWordsCountAndFacetOnlyWhatTheViewerSees() throws Exception {
    SearchResponse seen = search(everyone, SHARED_WORDS);
    SearchResponse all = search(granted, SHARED_WORDS);
    assertFalse(seen.hits().isEmpty());
    assertTrue(seen.hits().stream().allMatch(h -> PUBLIC_DOCS.contains(h.docId()) && "public".equals(h.access())));
    assertEquals(seen.hits().size(), seen.total(), "the total counts the public passages only");
    assertTrue(all.total() > seen.total(), all.total() + " vs " + seen.total());
    assertTrue(all.hits().stream().anyMatch(h -> h.docId().equals(PLAN_DOC)));
    for (SearchHit h : seen.hits()) assertFalse(h.highlight().contains("Kỳ") || h.text().contains("Kỳ"), h.highlight());

    assertFalse(seen.facets().get("issuer").containsKey(PLAN_ISSUER), seen.facets().toString());
    assertFalse(seen.facets().get("year").containsKey(PLAN_YEAR), seen.facets().toString());
    assertFalse(seen.facets().get("type").containsKey("Kế hoạch"), seen.facets().toString());
    assertEquals(1L, all.facets().get("issuer").get(PLAN_ISSUER));
    assertEquals(1L, all.facets().get("year").get(PLAN_YEAR));
  }

  @Test
  void aFilterOnAnInternalValueFindsNothingForThePublic() throws Exception {
    SearchRequest byIssuer = new SearchRequest(SHARED_WORDS, null, PLAN_ISSUER, null, 10, 0);
    assertEquals(0, everyone.search(byIssuer).total());
    assertTrue(granted.search(byIssuer).total() > 0);
    SearchRequest byYear = new SearchRequest(SHARED_WORDS, null, null, Integer.valueOf(PLAN_YEAR), 10, 0);
    assertEquals(0, everyone.search(byYear).total());
  }

  @Test
  void listingsAndCountsLeaveOutInternalDocuments() {
    List<String> listed = everyone.documents(null, null, null, 100, 0).stream().map(DocumentSummary::docId).toList();
    assertEquals(PUBLIC_DOCS.stream().sorted().toList(), listed.stream().sorted().toList());
    assertEquals(PUBLIC_DOCS.size(), everyone.countDocuments(null, null, null));
    assertEquals(0, everyone.countDocuments("Kế hoạch", null, null));
    assertEquals(0, everyone.countDocuments(null, PLAN_ISSUER, null));
    assertEquals(0, everyone.countDocuments(null, null, Integer.valueOf(PLAN_YEAR)));

    List<DocumentSummary> all = granted.documents(null, null, null, 100, 0);
    assertEquals(PUBLIC_DOCS.size() + INTERNAL_DOCS.size(), all.size());
    assertEquals(all.size(), granted.countDocuments(null, null, null));
    Map<String, String> access = new java.util.HashMap<>();
    all.forEach(d -> access.put(d.docId(), d.access()));
    assertEquals(Map.of(vn.sotay.corpus.InternalCorpus.PUBLIC_DOC, "public", OPENED_DOC, "public", PLAN_DOC, "noi-bo",
        MINUTES_DOC, "noi-bo"), access);
  }

  @Test
  void anInternalDocumentDoesNotExistForThePublic() {
    for (String docId : INTERNAL_DOCS) {
      assertTrue(everyone.document(docId).isEmpty(), docId);
      DocumentView view = granted.document(docId).orElseThrow();
      assertEquals("noi-bo", view.summary().access());
      assertFalse(view.sections().isEmpty());
    }
    assertTrue(everyone.document(OPENED_DOC).isPresent(), "a document may open its internal folder to the public");
  }

  @Test
  void suggestionsNeverNameAnInternalDocumentToThePublic() {
    for (String typed : List.of("99-KH", "kh 99", "ky lan", "Dự án Kỳ", "hac vang")) {
      assertEquals(List.of(), everyone.suggest(typed, 10), typed);
    }
    assertEquals(PLAN_DOC, granted.suggest("kh 99", 10).get(0).docId());
    assertEquals(MINUTES_DOC, granted.suggest("hac vang", 10).get(0).docId());
  }

  @Test
  void statsCountWhatTheViewerSees() {
    LibraryStats seen = everyone.stats();
    LibraryStats all = granted.stats();
    assertEquals(PUBLIC_DOCS.size(), seen.documents());
    assertEquals(PUBLIC_DOCS.size() + INTERNAL_DOCS.size(), all.documents());
    assertTrue(all.passages() > seen.passages());
    assertEquals(engine.openingReport().orElseThrow().passages(), all.passages());
    assertEquals(INTERNAL_DOCS.size(), engine.openingReport().orElseThrow().internalDocuments());
  }
}
