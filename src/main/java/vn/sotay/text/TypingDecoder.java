package vn.sotay.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Words typed without a Vietnamese input method: Telex ("nghij quyeets" is "nghị quyết", "tinhr uyr" is "tỉnh ủy",
 * "ddaruo" ...) and VNI digits ("nghi5 quye61t"). A word is decoded only when it is not already a syllable and its
 * decoding is one, so "as", "ban" and "xa" stay as typed.
 */
public final class TypingDecoder {
  private static final String TELEX_TONES = "sfrxj";
  /** Combining marks for the tones sắc, huyền, hỏi, ngã, nặng. */
  private static final char[] TONE_MARKS = {'\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};

  private TypingDecoder() {}

  /** The decoded word in lower case, or empty when the word is a syllable already or decodes to none. */
  public static Optional<String> decode(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3 || w.length() > 10 || !w.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c)))) {
      return Optional.empty();
    }
    if (Syllables.isValid(w)) return Optional.empty();
    String decoded = w.chars().anyMatch(Character::isDigit) ? vni(w) : telex(w);
    if (decoded == null || decoded.equals(w)) return Optional.empty();
    String canonical = Syllables.canonicalTone(decoded);
    return Syllables.isValid(canonical) && !canonical.equals(Syllables.fold(canonical)) ? Optional.of(canonical) : Optional.empty();
  }

  private static String telex(String w) {
    int tone = -1;
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      // a tone key after at least one vowel, at the end or before the final consonants
      if (TELEX_TONES.indexOf(c) >= 0 && i > 0 && hasVowel(letters) && (i == w.length() - 1 || tone < 0 && isTailAfter(w, i))) {
        tone = TELEX_TONES.indexOf(c);
        continue;
      }
      letters.append(c);
    }
    String s = letters.toString()
        .replace("dd", "đ").replace("uow", "ươ").replace("aa", "â").replace("ee", "ê").replace("oo", "ô")
        .replace("aw", "ă").replace("ow", "ơ").replace("uw", "ư");
    if (s.endsWith("w") || s.contains("w")) {
      s = s.replaceFirst("uo(?=[a-z]*w)", "ươ").replace("w", "");
    }
    return withTone(s, tone);
  }

  /** The letters after position i are all final consonants (so the key at i is a tone typed mid-word). */
  private static boolean isTailAfter(String w, int i) {
    String tail = w.substring(i + 1);
    return tail.matches("c|ch|m|n|ng|nh|p|t");
  }

  private static String vni(String w) {
    int tone = -1;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c)) {
        s.append(c);
        continue;
      }
      int d = c - '0';
      if (d >= 1 && d <= 5) {
        tone = d - 1; // 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
      } else if (!applyShape(s, d)) {
        return null;
      }
    }
    return withTone(s.toString(), tone);
  }

  /** VNI shape keys: 6 circumflex, 7 horn, 8 breve, 9 đ; applied to the nearest letter they fit. */
  private static boolean applyShape(StringBuilder s, int key) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      char shaped = switch (key) {
        case 6 -> c == 'a' ? 'â' : c == 'e' ? 'ê' : c == 'o' ? 'ô' : 0;
        case 7 -> c == 'o' ? 'ơ' : c == 'u' ? 'ư' : 0;
        case 8 -> c == 'a' ? 'ă' : 0;
        case 9 -> c == 'd' ? 'đ' : 0;
        default -> 0;
      };
      if (shaped != 0) {
        s.setCharAt(i, shaped);
        if (key == 7 && shaped == 'ơ' && i > 0 && s.charAt(i - 1) == 'u') s.setCharAt(i - 1, 'ư'); // ươ
        return true;
      }
    }
    return false;
  }

  private static String withTone(String s, int tone) {
    if (tone < 0) return s;
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i))) {
        // any vowel will do: canonical placement moves the tone where it belongs
        return Normalizer.normalize(s.substring(0, i + 1) + TONE_MARKS[tone] + s.substring(i + 1), Normalizer.Form.NFC);
      }
    }
    return null;
  }

  private static boolean hasVowel(CharSequence s) {
    for (int i = 0; i < s.length(); i++) if (isVowel(s.charAt(i))) return true;
    return false;
  }

  private static boolean isVowel(char c) {
    return "aăâeêioôơuưy".indexOf(c) >= 0;
  }
}
