package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The news article sotay started from (../shared/seed): a press article, not an official text. */
class SeedArticleTest {
  @Test
  void readsTheArticleWithoutItsPageLeftovers() throws Exception {
    Path seed = Path.of(System.getProperty("sotay.shared", "../shared"), "seed");
    Path file = seed.resolve("000_f5146d86c09bf26a.txt");
    assumeTrue(Files.isRegularFile(file), "seed article not present");
    ParsedDocument d = new CorpusLoader().load(seed, file);
    DocumentMetadata m = d.metadata();
    assertEquals(DocumentMetadata.KIND_NEWS, m.kind());
    assertEquals(LocalDate.of(2023, 7, 11), m.date());
    assertTrue(m.title().startsWith("Tranh thủ mọi thời cơ"), m.title());
    assertEquals("TRƯỜNG SƠN", m.signer());
    for (Passage p : d.passages()) {
      for (String leftover : new String[] {"Viết bình luận mới", "Tin cùng chuyên mục", "Xem thêm >>", "GMT+7", "lược ghi"}) {
        assertFalse(p.text().contains(leftover), p.anchor() + ": " + p.text());
      }
    }
    assertTrue(d.passages().stream().anyMatch(p -> p.text().contains("9 nhiệm vụ trọng tâm")));
    assertTrue(d.passages().stream().anyMatch(p -> p.text().contains("4 nhóm nhiệm vụ và 24 giải pháp")));
  }
}
