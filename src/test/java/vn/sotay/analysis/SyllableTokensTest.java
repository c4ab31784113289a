package vn.sotay.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import vn.sotay.analysis.VietnameseAnalyzer.Variant;
import vn.sotay.text.VietnameseNormalizer;

/** Replayed analyses index exactly what the analyzer gives, so queries analysed by it meet the same terms. */
class SyllableTokensTest {
  static final List<String> TEXTS = List.of(
      "Tỉnh uỷ Hoà Bình",
      "9 nhiệm vụ trọng tâm: (1) kĩ thuật, qui định; Nghị quyết số 05-NQ/TU ngày 15/3/2023.",
      "chin nhiem vu trong tam la gi",
      "ĐẢNG CỘNG SẢN VIỆT NAM — Độc lập - Tự do - Hạnh phúc",
      "một",
      "",
      "   ",
      "!!! ... ???",
      "Điều 12. Xây dựng cơ sở dữ liệu của các Bộ, cơ quan ngang Bộ; ti vi, công ty, 1.000.000 đồng/lượt",
      "e-mail: van.thu@sotay.vn, https://sotay.vn/a?b=c, 3,5% và 10½ ㎡ ﬁ Ångström naïve café",
      "Việt Nam 日本語 한국어 Русский текст",
      "Khoản 2\nĐiều 3\n\n\ta) b) c)   đ) ");

  private final SyllableAnalysis analysis = new SyllableAnalysis();

  @Test
  void everyVariantReplaysWhatTheAnalyzerGives() throws IOException {
    for (String text : TEXTS) assertSameAsAnalyzer(VietnameseNormalizer.normalize(text));
  }

  @Test
  void passagesOfTheResearchDataReplayAsAnalysed() throws IOException {
    Path laws = Path.of(System.getProperty("sotay.shared", "../shared"), "data", "laws-qa", "laws");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(laws), "laws-qa data not present");
    try (Stream<Path> files = Files.list(laws)) {
      for (Path file : files.sorted().limit(3).toList()) {
        String text = VietnameseNormalizer.normalize(Files.readString(file));
        for (String paragraph : text.split("\n\n")) assertSameAsAnalyzer(paragraph);
      }
    }
  }

  @Test
  void aWordOverTheTokenLimitIsCutAsTheAnalyzerCutsIt() throws IOException {
    String text = "trước " + "a".repeat(300) + " sau";
    assertTrue(analysis.of(text).replayable());
    assertSameAsAnalyzer(text);
  }

  @Test
  void tokensWithPositionGapsRefuseToReplay() {
    SyllableTokens gapped = new SyllableTokens("a b", List.of("a", "b"), List.of("a", "b"),
        List.of(new int[] {0, 1}, new int[] {2, 3}), 3, false);
    assertFalse(gapped.replayable());
    assertThrows(IllegalStateException.class, () -> gapped.stream(Variant.ACCENTED_BIGRAMS));
  }

  private void assertSameAsAnalyzer(String text) throws IOException {
    SyllableTokens tokens = analysis.of(text);
    if (!tokens.replayable()) return;
    for (Variant v : Variant.values()) {
      try (Analyzer analyzer = new VietnameseAnalyzer(v)) {
        assertEquals(tokens(analyzer.tokenStream("f", text)), tokens(tokens.stream(v)), v + " of: " + text);
      }
    }
  }

  /** Term, offsets and position increment of each token, then the final offset and increment after end(). */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
      }
      ts.end();
      out.add("end@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
    }
    return out;
  }
}
