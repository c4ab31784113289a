package vn.sotay.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.search.ArticleEvaluation;
import vn.sotay.text.Syllables;

/**
 * The answer targets: on the ask questions (the seed article and the shipped samples) the expected passage is the
 * first citation for at least 90% of the questions, as written and without diacritics; on the laws-qa dev sets the
 * answers' citations keep the search targets (MRR@10 0.85 / 0.82). Skipped where ../shared is absent.
 */
class AskQualityTest {
  /** Kept with the tests: its expectations quote the seed article, which stays out of what ships. */
  static final Path QUESTIONS = Path.of("src", "test", "resources", "eval", "ask-questions.jsonl");
  static final Path SHARED = Path.of(System.getProperty("sotay.shared", "../shared"));
  @TempDir Path index;

  @Test
  void expectedPassagesAreCitedFirst() throws Exception {
    Path seed = SHARED.resolve("seed");
    assumeTrue(Files.isDirectory(seed), "seed not present");
    try (Engine engine = Engine.open(List.of(Path.of("corpus"), seed), index)) {
      AskEvaluation evaluation = new AskEvaluation(engine.library(), engine.assistant());
      List<AskEvaluation.Case> cases = AskEvaluation.read(QUESTIONS);
      assertTrue(cases.size() >= 40);
      for (AskEvaluation.Figures f : List.of(evaluation.run("ask-questions", cases, q -> q),
          evaluation.run("ask-questions không dấu", cases, Syllables::fold))) {
        System.out.println(f.format());
        assertTrue(f.askHit1() >= 0.90, f.format() + " misses " + f.misses());
      }
    }
  }

  @Test
  void lawQuestionsAskedKeepTheRetrievalTargets() throws Exception {
    Path laws = SHARED.resolve("data").resolve("laws-qa");
    assumeTrue(Files.isDirectory(laws.resolve("laws")), "laws-qa not present");
    List<ArticleEvaluation.Case> cases = new ArrayList<>();
    for (String set : List.of("dev_alqac_train.jsonl", "dev_lter_train.jsonl")) cases.addAll(ArticleEvaluation.read(laws.resolve(set)));
    try (Engine engine = Engine.open(List.of(laws.resolve("laws")), index)) {
      ArticleEvaluation ask = AskEvaluation.articles(engine.assistant(), vn.sotay.search.Viewer.PUBLIC);
      ArticleEvaluation.Figures written = ask.run("laws ask", cases, q -> q);
      ArticleEvaluation.Figures stripped = ask.run("laws ask không dấu", cases, Syllables::fold);
      System.out.println(written.format());
      System.out.println(stripped.format());
      assertTrue(written.mrr10() >= 0.85, written.format());
      assertTrue(stripped.mrr10() >= 0.82, stripped.format());
    }
  }
}
