package vn.sotay.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer of Vietnamese text, for documents and queries alike.
 * Input is expected to be normalized already by VietnameseNormalizer (offsets then match the stored text).
 */
public final class VietnameseAnalyzer extends Analyzer {
  public enum Variant {
    /** syllables, lower case, canonical tone placement, i/y folded */
    ACCENTED,
    /** as ACCENTED, then every mark removed and đ to d */
    FOLDED,
    /** adjacent ACCENTED syllables joined by a space ("trọng tâm"), no unigrams */
    ACCENTED_BIGRAMS,
    /** adjacent FOLDED syllables joined by a space ("trong tam"), no unigrams */
    FOLDED_BIGRAMS
  }

  private final Variant variant;

  public VietnameseAnalyzer(Variant variant) {
    this.variant = variant;
  }

  public Variant variant() {
    return variant;
  }

  /** The ACCENTED analysis of what a tokenizer (or a normalizer) yields: lower case, canonical syllables. */
  static TokenStream syllables(TokenStream tokens) {
    return new VietnameseSyllableFilter(new LowerCaseFilter(tokens));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = syllables(in);
    return variant == Variant.FOLDED || variant == Variant.FOLDED_BIGRAMS ? new ASCIIFoldingFilter(stream) : stream;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = syllables(source);
    if (variant == Variant.FOLDED || variant == Variant.FOLDED_BIGRAMS) {
      stream = new ASCIIFoldingFilter(stream);
    }
    if (variant == Variant.ACCENTED_BIGRAMS || variant == Variant.FOLDED_BIGRAMS) {
      ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
      shingles.setOutputUnigrams(false);
      shingles.setTokenSeparator(" ");
      stream = shingles;
    }
    return new TokenStreamComponents(source, stream);
  }
}
