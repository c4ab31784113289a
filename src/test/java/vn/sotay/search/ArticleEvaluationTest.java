package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEvaluationTest {
  @Test
  void theArticleComesFromTheDieuEntryOfThePath() {
    assertEquals("5", ArticleEvaluation.articleOf(List.of("Chương I", "Điều 5. Giải thích từ ngữ")).orElseThrow());
    assertEquals("12a", ArticleEvaluation.articleOf(List.of("Điều 12a. Bổ sung")).orElseThrow());
    assertEquals(true, ArticleEvaluation.articleOf(List.of("I. MỤC TIÊU")).isEmpty());
  }
}
