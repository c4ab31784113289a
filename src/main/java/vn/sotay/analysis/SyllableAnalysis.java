package vn.sotay.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses texts for indexing once each, into {@link SyllableTokens} that replay all four analyses: running the
 * tokenizer and the syllable filter four times over every passage was most of the cost of indexing. Reuses one
 * tokenizer and remembers spellings (a bounded number), so it is for one thread at a time; kept across documents,
 * it works out each spelling once.
 */
public final class SyllableAnalysis {
  private final StandardTokenizer source = new StandardTokenizer();
  private final TokenStream chain = VietnameseAnalyzer.syllables(source);
  private final CharTermAttribute term = chain.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = chain.addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = chain.addAttribute(PositionIncrementAttribute.class);
  private final Map<String, String> folded = new HashMap<>();
  private final char[] foldBuffer = new char[4 * 256];

  public SyllableTokens of(String text) {
    List<String> accented = new ArrayList<>();
    List<String> foldedTerms = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    boolean regular = true;
    try {
      source.setReader(new StringReader(text));
      chain.reset();
      while (chain.incrementToken()) {
        String t = term.toString();
        accented.add(t);
        if (folded.size() >= VietnameseSyllableFilter.MAX_REMEMBERED) folded.clear();
        foldedTerms.add(folded.computeIfAbsent(t, this::fold));
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        regular &= increment.getPositionIncrement() == 1;
      }
      chain.end();
      regular &= increment.getPositionIncrement() == 0;
      int finalOffset = offset.endOffset();
      chain.close();
      return new SyllableTokens(text, accented, foldedTerms, offsets, finalOffset, regular);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /** What {@link ASCIIFoldingFilter} makes of a term: unchanged when it is plain ASCII. */
  private String fold(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= '\u0080') {
        char[] in = t.toCharArray();
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, foldBuffer, 0, in.length);
        return new String(foldBuffer, 0, length);
      }
    }
    return t;
  }
}
