package vn.sotay.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.sotay.text.Syllables;

/**
 * Spells each lower-case syllable canonically: tone marks in the old style (hoà to hòa), misplaced tones fixed
 * (lựơng to lượng) and the two spellings of i/y made one (kĩ to kỹ, qui to quy). Other tokens pass unchanged.
 * A text repeats a few thousand syllables, so each spelling is worked out once and remembered.
 */
public final class VietnameseSyllableFilter extends TokenFilter {
  /** Vietnamese has under 8,000 distinct syllables; other words beyond this many are not remembered. */
  static final int MAX_REMEMBERED = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  /** Word to canonical spelling; the word itself when it is already canonical or not a syllable. */
  private final CharArrayMap<String> canonical = new CharArrayMap<>(64, false);

  public VietnameseSyllableFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    int length = term.length();
    if (length <= 8) { // no Vietnamese syllable is longer ("nghiêng")
      char[] buffer = term.buffer();
      String spelled = canonical.get(buffer, 0, length);
      if (spelled == null) {
        String word = new String(buffer, 0, length);
        spelled = Syllables.canonical(word);
        if (canonical.size() >= MAX_REMEMBERED) canonical.clear();
        canonical.put(word, spelled);
      }
      if (spelled.length() != length || !spelled.contentEquals(term)) term.setEmpty().append(spelled);
    }
    return true;
  }
}
