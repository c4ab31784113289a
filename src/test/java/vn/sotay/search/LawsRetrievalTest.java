package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.text.Syllables;

/**
 * The retrieval targets on the laws-qa dev sets (21 laws, 176 questions): MRR@10 at article level of at least
 * 0.85 as written and 0.82 with every diacritic stripped. Skipped where ../shared is absent.
 */
class LawsRetrievalTest {
  static final Path SHARED = Path.of(System.getProperty("sotay.shared", "../shared"), "data", "laws-qa");
  @TempDir static Path index;
  static Engine engine;
  static List<ArticleEvaluation.Case> cases = new ArrayList<>();

  @BeforeAll
  static void open() throws Exception {
    assumeTrue(Files.isDirectory(SHARED.resolve("laws")), "laws-qa data not present");
    engine = Engine.open(List.of(SHARED.resolve("laws")), index);
    for (String set : List.of("dev_alqac_train.jsonl", "dev_lter_train.jsonl")) {
      cases.addAll(ArticleEvaluation.read(SHARED.resolve(set)));
    }
  }

  @AfterAll
  static void close() throws Exception {
    if (engine != null) engine.close();
  }

  @Test
  void questionsAsWrittenFindTheirArticle() {
    ArticleEvaluation.Figures f = new ArticleEvaluation(engine.library()).run("dev", cases, q -> q);
    System.out.println(f.format());
    assertTrue(f.mrr10() >= 0.85, f.format());
  }

  @Test
  void questionsWithoutDiacriticsFindTheirArticle() {
    ArticleEvaluation.Figures f = new ArticleEvaluation(engine.library()).run("dev không dấu", cases, Syllables::fold);
    System.out.println(f.format());
    assertTrue(f.mrr10() >= 0.82, f.format());
  }
}
