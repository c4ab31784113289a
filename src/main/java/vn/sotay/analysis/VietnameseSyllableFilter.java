package vn.sotay.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.sotay.text.Syllables;

/**
 * Spells each lower-case syllable canonically: tone marks in the old style (hoà to hòa), misplaced tones fixed
 * (lựơng to lượng) and the two spellings of i/y made one (kĩ to kỹ, qui to quy). Other tokens pass unchanged.
 */
public final class VietnameseSyllableFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public VietnameseSyllableFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (term.length() <= 8) { // no Vietnamese syllable is longer ("nghiêng")
      String word = term.toString();
      String canonical = Syllables.canonical(word);
      if (!canonical.equals(word)) term.setEmpty().append(canonical);
    }
    return true;
  }
}
