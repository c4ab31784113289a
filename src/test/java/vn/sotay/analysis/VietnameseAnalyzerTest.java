package vn.sotay.analysis;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import vn.sotay.analysis.VietnameseAnalyzer.Variant;
import vn.sotay.text.VietnameseNormalizer;

/** The analyzer as specified in docs/vietnamese-text.md, with Lucene's offset and position checks. */
public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {
  private final Analyzer accented = new VietnameseAnalyzer(Variant.ACCENTED);
  private final Analyzer folded = new VietnameseAnalyzer(Variant.FOLDED);
  private final Analyzer bigrams = new VietnameseAnalyzer(Variant.ACCENTED_BIGRAMS);
  private final Analyzer foldedBigrams = new VietnameseAnalyzer(Variant.FOLDED_BIGRAMS);

  @Override
  public void tearDown() throws Exception {
    accented.close();
    folded.close();
    bigrams.close();
    foldedBigrams.close();
    super.tearDown();
  }

  public void testSyllablesWithOffsetsAndPositions() throws Exception {
    assertAnalyzesTo(accented, "Tỉnh uỷ Hoà Bình", new String[] {"tỉnh", "ủy", "hòa", "bình"},
        new int[] {0, 5, 8, 12}, new int[] {4, 7, 11, 16}, new int[] {1, 1, 1, 1});
  }

  public void testDecomposedTextMatchesComposed() throws Exception {
    String nfd = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
    assertAnalyzesTo(accented, VietnameseNormalizer.normalize(nfd), new String[] {"nghị", "quyết"});
  }

  public void testBothToneStylesAndMisplacedTonesMeetOnOneTerm() throws Exception {
    assertAnalyzesTo(accented, "hoà hòa hoàn qúy chất lựơng baỏ", new String[] {"hòa", "hòa", "hoàn", "quý", "chất", "lượng", "bảo"});
  }

  public void testIAndYSpellingsMeet() throws Exception {
    assertAnalyzesTo(accented, "kĩ thuật kỹ thuật qui định quy định", new String[] {"kỹ", "thuật", "kỹ", "thuật", "quy", "định", "quy", "định"});
    assertAnalyzesTo(accented, "ti vi công ty", new String[] {"ti", "vi", "công", "ty"});
  }

  public void testEthAndDWithStroke() throws Exception {
    String text = VietnameseNormalizer.normalize("\u00D0ẢNG");
    assertAnalyzesTo(accented, text, new String[] {"đảng"});
    assertAnalyzesTo(folded, text, new String[] {"dang"});
  }

  public void testFoldedFieldDropsEveryMark() throws Exception {
    assertAnalyzesTo(folded, "Đảng bộ tỉnh", new String[] {"dang", "bo", "tinh"});
    assertAnalyzesTo(folded, "dang bo tinh", new String[] {"dang", "bo", "tinh"});
  }

  public void testBigramsJoinAdjacentSyllables() throws Exception {
    assertAnalyzesTo(bigrams, "nhiệm vụ trọng tâm", new String[] {"nhiệm vụ", "vụ trọng", "trọng tâm"},
        new int[] {0, 6, 9}, new int[] {8, 14, 18});
    assertAnalyzesTo(foldedBigrams, "trọng tâm", new String[] {"trong tam"});
  }

  public void testForeignWordsAreLeftAlone() throws Exception {
    assertAnalyzesTo(accented, "Señor Müller", new String[] {"señor", "müller"});
  }

  public void testNumbersAndDatesStay() throws Exception {
    assertAnalyzesTo(accented, "Điều 5 năm 2025", new String[] {"điều", "5", "năm", "2025"});
  }

  public void testAnalysisIsIdempotent() throws Exception {
    for (Analyzer a : new Analyzer[] {accented, folded}) {
      String once = String.join(" ", terms(a, "Tỉnh uỷ khoẻ lựơng kĩ qúy Đảng"));
      assertEquals(once, String.join(" ", terms(a, once)));
    }
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), accented, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), folded, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), bigrams, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), foldedBigrams, 200 * RANDOM_MULTIPLIER);
  }

  private static java.util.List<String> terms(Analyzer a, String text) throws Exception {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var ts = a.tokenStream("f", text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
