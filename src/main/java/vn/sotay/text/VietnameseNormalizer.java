package vn.sotay.text;

import java.text.Normalizer;

/**
 * Normalizes text once, before display, indexing and querying, so stored and analysed text share offsets: NFC,
 * the look-alike Ð/ð to Đ/đ, every Unicode space to ' ', zero-width characters and soft hyphens dropped. Does not
 * lowercase. Legacy encodings (where a soft hyphen byte is a letter) are repaired before this runs.
 */
public final class VietnameseNormalizer {
  private VietnameseNormalizer() {}

  public static String normalize(String text) {
    if (text == null) return null;
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = null;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      char r = replacement(c);
      if (r == c) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(nfc.length()).append(nfc, 0, i);
      if (r != DROP) out.append(r);
    }
    return out == null ? nfc : out.toString();
  }

  private static final char DROP = '\uFFFF';

  private static char replacement(char c) {
    return switch (c) {
      case '\u00D0' -> 'Đ';
      case '\u00F0' -> 'đ';
      case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
          '\u2008', '\u2009', '\u200A', '\u3000', '\u205F', '\u1680' -> ' ';
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> DROP;
      default -> c;
    };
  }
}
