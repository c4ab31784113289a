package vn.sotay.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.sotay.analysis.VietnameseAnalyzer.Variant;

/**
 * The syllables of one text, analysed once by {@link SyllableAnalysis}, and the token streams of each
 * {@link Variant} made from them: the same terms, offsets and positions {@link VietnameseAnalyzer} gives the text.
 */
public final class SyllableTokens {
  private final String text;
  private final String[] accented;
  private final String[] folded;
  private final int[] starts;
  private final int[] ends;
  private final int finalOffset;
  private final boolean replayable;

  SyllableTokens(String text, List<String> accented, List<String> folded, List<int[]> offsets, int finalOffset,
      boolean replayable) {
    this.text = text;
    this.accented = accented.toArray(String[]::new);
    this.folded = folded.toArray(String[]::new);
    this.starts = offsets.stream().mapToInt(o -> o[0]).toArray();
    this.ends = offsets.stream().mapToInt(o -> o[1]).toArray();
    this.finalOffset = finalOffset;
    this.replayable = replayable;
  }

  public String text() {
    return text;
  }

  /**
   * False when the tokenizer left position gaps (it drops words over 255 characters): bigrams would then need
   * the shingle filter's fillers, so such a text is better given to the analyzer itself.
   */
  public boolean replayable() {
    return replayable;
  }

  public TokenStream stream(Variant variant) {
    if (!replayable) throw new IllegalStateException("text with position gaps: analyse it with VietnameseAnalyzer");
    boolean foldedTerms = variant == Variant.FOLDED || variant == Variant.FOLDED_BIGRAMS;
    boolean bigrams = variant == Variant.ACCENTED_BIGRAMS || variant == Variant.FOLDED_BIGRAMS;
    return new Replay(foldedTerms ? folded : accented, bigrams);
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final String[] terms;
    private final int width;
    private int next;

    Replay(String[] terms, boolean bigrams) {
      this.terms = terms;
      this.width = bigrams ? 2 : 1;
    }

    @Override
    public boolean incrementToken() {
      if (next + width > terms.length) return false;
      // every attribute the indexer reads is set here, so clearAttributes() (a cost per token) is not needed
      term.setEmpty().append(terms[next]);
      if (width == 2) term.append(' ').append(terms[next + 1]);
      offset.setOffset(starts[next], ends[next + width - 1]);
      increment.setPositionIncrement(1);
      next++;
      return true;
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws java.io.IOException {
      super.reset();
      next = 0;
    }
  }
}
