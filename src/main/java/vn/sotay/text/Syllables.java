package vn.sotay.text;

/** STUB (owner: text-core helper). Vietnamese syllables: validity and canonical spelling. */
public final class Syllables {
  private Syllables() {}

  /** True when the lower-case word is a well-formed Vietnamese syllable (with or without marks). */
  public static boolean isValid(String lowerCaseSyllable) {
    return !lowerCaseSyllable.isEmpty();
  }

  /** Canonical tone placement (old style: hòa, khỏe, thủy), misplaced tones fixed; input lower case. */
  public static String canonicalTone(String lowerCaseSyllable) {
    return lowerCaseSyllable;
  }

  /** Every mark removed and đ to d ("Đảng" to "Dang"). */
  public static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
  }
}
