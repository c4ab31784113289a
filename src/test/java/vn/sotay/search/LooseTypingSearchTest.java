package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotay.index.CorpusIndexer;
import vn.sotay.index.FixtureLoader;
import vn.sotay.index.IndexAnalyzers;
import vn.sotay.index.IndexStore;

/**
 * Queries typed the way officials type (number words, Roman numerals, abbreviations, Telex without an input
 * method, no diacritics) find the passage the careful spelling finds.
 */
class LooseTypingSearchTest {
  @TempDir static Path corpus;
  @TempDir static Path indexDir;
  static IndexStore store;
  static Library library;

  @BeforeAll
  static void build() throws Exception {
    FixtureLoader.write(corpus, "tasks", "title: Nghị quyết về nhân lực\n\n"
        + "Tập trung thực hiện 9 nhiệm vụ trọng tâm sau đây.\n\n"
        + "Triển khai 4 nhóm nhiệm vụ và 24 giải pháp của nhiệm kỳ.\n\n"
        + "Đây là một trong ba khâu đột phá của tỉnh.\n");
    FixtureLoader.write(corpus, "congress", "title: Báo cáo chính trị\n\n"
        + "Nghị quyết Đại hội Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020-2025.\n\n"
        + "Nhiệm vụ trọng yếu về kinh tế, trong tâm điểm của năm tới.\n\n"
        + "Đại hội đại biểu nhiệm kỳ tới, khóa mới, bàn nhiệm vụ trọng tâm của ngành và nhiệm vụ trọng tâm của tỉnh.\n\n"
        + "Các giải pháp tài chính, giải pháp về khâu đột phá và giải pháp nhân lực.\n");
    FixtureLoader.write(corpus, "committee", "title: Quy chế làm việc\n\n"
        + "Ủy ban nhân dân tỉnh chủ trì, phối hợp với Hội đồng nhân dân tỉnh.\n\n"
        + "UBND huyện báo cáo kết quả chuyển đổi số hằng quý.\n");
    store = new IndexStore(indexDir);
    new CorpusIndexer(store, new FixtureLoader(), List.of(corpus)).update();
    library = new LuceneLibrary(store, IndexAnalyzers.create());
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  @org.junit.jupiter.api.Test
  void aLongQueryFullOfRewritesStaysWithinLuceneLimits() throws Exception {
    StringBuilder q = new StringBuilder();
    String[] words = {"chín", "nhiệm", "vụ", "UBND", "khóa", "XIV", "nghij", "quyeets", "hai", "mươi", "tư", "giải",
        "pháp", "HĐND", "tỉnh", "ba", "khâu", "đột", "phá", "lần", "thứ", "XX", "huyện", "năm", "2023"};
    for (int i = 0; q.length() < 1900; i++) q.append(words[i % words.length]).append(i % 7).append(' ');
    assertEquals(false, library.search(SearchRequest.of(q.toString(), 10)).hits().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "chín nhiệm vụ trọng tâm|9 nhiệm vụ trọng tâm",
      "chin nhiem vu trong tam|9 nhiệm vụ trọng tâm",
      "hai mươi tư giải pháp|24 giải pháp",
      "hai muoi tu giai phap|24 giải pháp",
      "3 khâu đột phá|ba khâu đột phá",
      "đại hội khóa 14|khóa XIV",
      "UBND tỉnh chủ trì|Ủy ban nhân dân tỉnh chủ trì",
      "ubnd tinh chu tri|Ủy ban nhân dân tỉnh chủ trì",
      "ủy ban nhân dân huyện báo cáo|UBND huyện",
      "chins nhieemj vuj trongj taam|9 nhiệm vụ trọng tâm",
      "chi1n nhie65m vu5 tro5ng ta6m|9 nhiệm vụ trọng tâm"})
  void findsThePassageTheCarefulSpellingFinds(String typed, String expectedInTopPassage) throws Exception {
    SearchHit top = library.search(SearchRequest.of(typed, 3)).hits().get(0);
    assertEquals(true, top.text().contains(expectedInTopPassage), typed + " -> " + top.text());
  }
}
