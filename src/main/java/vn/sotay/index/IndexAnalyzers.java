package vn.sotay.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import vn.sotay.analysis.VietnameseAnalyzer;
import vn.sotay.analysis.VietnameseAnalyzer.Variant;

/** The analyzer of every text field, shared by indexing and querying so both sides agree. */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /**
   * The analyses every text field is indexed with: syllables accented, syllables folded, pairs of folded syllables.
   * Pairs keep their accents nowhere: the accented syllables already rank exact spelling first, and accented pairs
   * cost a quarter of the indexing and of every query for no measured gain.
   */
  public static final java.util.List<String> SUFFIXES = java.util.List.of("", "_f", "_bf");

  public static Variant variantOf(String field) {
    if (field.endsWith("_bf")) {
      return Variant.FOLDED_BIGRAMS;
    }
    if (field.endsWith("_f")) {
      return Variant.FOLDED;
    }
    return Variant.ACCENTED;
  }

  public static Analyzer create() {
    Map<String, Analyzer> perField = new HashMap<>();
    Map<Variant, Analyzer> byVariant = new HashMap<>();
    for (Variant v : Variant.values()) {
      byVariant.put(v, new VietnameseAnalyzer(v));
    }
    for (String base : new String[] {Fields.BODY, Fields.TITLE, Fields.HEADING}) {
      for (String suffix : SUFFIXES) {
        String field = base + suffix;
        perField.put(field, byVariant.get(variantOf(field)));
      }
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }
}
