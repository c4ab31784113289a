package vn.sotay.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Detects and converts pre-Unicode Vietnamese text to Unicode. The text is the legacy bytes read one byte per char
 * (ISO-8859-1, as a .VnTime font or a Latin-1 reader shows them): TCVN3 "NghÞ quyÕt", VNI "Nghò quyeát".
 * The conversion is taken only when it yields clearly more Vietnamese syllables, and never on text that already
 * holds Vietnamese Unicode letters, so "Señor Müller" survives.
 */
public final class LegacyText {
  private LegacyText() {}

  private static final Map<Character, Character> TCVN3 = new HashMap<>();
  /** VNI mark characters: what they put on the letter before them (shape, tone). */
  private static final Map<Character, int[]> VNI_MARKS = new HashMap<>();
  /** VNI characters that are letters of their own. */
  private static final Map<Character, Character> VNI_LETTERS = new HashMap<>();

  private static final String BASES = "aăâeêioôơuưy";
  /** Per base: huyền, hỏi, ngã, sắc, nặng. */
  private static final String TONED = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
  private static final int[][] TCVN3_TONED = {
      {0xB5, 0xB6, 0xB7, 0xB8, 0xB9}, {0xBB, 0xBC, 0xBD, 0xBE, 0xC6}, {0xC7, 0xC8, 0xC9, 0xCA, 0xCB},
      {0xCC, 0xCE, 0xCF, 0xD0, 0xD1}, {0xD2, 0xD3, 0xD4, 0xD5, 0xD6}, {0xD7, 0xD8, 0xDC, 0xDD, 0xDE},
      {0xDF, 0xE1, 0xE2, 0xE3, 0xE4}, {0xE5, 0xE6, 0xE7, 0xE8, 0xE9}, {0xEA, 0xEB, 0xEC, 0xED, 0xEE},
      {0xEF, 0xF1, 0xF2, 0xF3, 0xF4}, {0xF5, 0xF6, 0xF7, 0xF8, 0xF9}, {0xFA, 0xFB, 0xFC, 0xFD, 0xFE}};
  private static final int NONE = 0, CIRCUMFLEX = 1, BREVE = 2, HORN = 3;
  /** Tone indexes into a TONED row: 0 huyền, 1 hỏi, 2 ngã, 3 sắc, 4 nặng; -1 none. */
  private static final int HUYEN = 0, HOI = 1, NGA = 2, SAC = 3, NANG = 4;

  static {
    String plainUpper = "ĂÂÊÔƠƯĐ";
    String plainLower = "ăâêôơưđ";
    for (int i = 0; i < 7; i++) {
      TCVN3.put((char) (0xA1 + i), plainUpper.charAt(i));
      TCVN3.put((char) (0xA8 + i), plainLower.charAt(i));
    }
    for (int b = 0; b < BASES.length(); b++) {
      for (int t = 0; t < 5; t++) TCVN3.put((char) TCVN3_TONED[b][t], TONED.charAt(b * 5 + t));
    }
    mark("âÂ", CIRCUMFLEX, -1); mark("áÁ", CIRCUMFLEX, SAC); mark("àÀ", CIRCUMFLEX, HUYEN);
    mark("åÅ", CIRCUMFLEX, HOI); mark("ãÃ", CIRCUMFLEX, NGA); mark("äÄ", CIRCUMFLEX, NANG);
    mark("êÊ", BREVE, -1); mark("éÉ", BREVE, SAC); mark("èÈ", BREVE, HUYEN);
    mark("úÚ", BREVE, HOI); mark("üÜ", BREVE, NGA); mark("ëË", BREVE, NANG);
    mark("ùÙ", NONE, SAC); mark("øØ", NONE, HUYEN); mark("ûÛ", NONE, HOI); mark("õÕ", NONE, NGA); mark("ïÏ", NONE, NANG);
    letters("ô", 'ơ', 'Ơ'); letters("ö", 'ư', 'Ư'); letters("ñ", 'đ', 'Đ');
    letters("í", 'í', 'Í'); letters("ì", 'ì', 'Ì'); letters("æ", 'ỉ', 'Ỉ'); letters("ó", 'ĩ', 'Ĩ');
    letters("ò", 'ị', 'Ị'); letters("î", 'ỵ', 'Ỵ');
  }

  private static void mark(String chars, int shape, int tone) {
    for (char c : chars.toCharArray()) VNI_MARKS.put(c, new int[] {shape, tone});
  }

  private static void letters(String lower, char unicodeLower, char unicodeUpper) {
    VNI_LETTERS.put(lower.charAt(0), unicodeLower);
    VNI_LETTERS.put(Character.toUpperCase(lower.charAt(0)), unicodeUpper);
  }

  /** The encoding the text is in, when converting it yields clearly more valid Vietnamese syllables. */
  public static Optional<LegacyEncoding> detect(String text) {
    if (text == null || text.isEmpty() || hasVietnameseUnicode(text)) return Optional.empty();
    int before = vietnameseSyllables(text);
    LegacyEncoding best = null;
    int bestScore = before;
    for (LegacyEncoding e : LegacyEncoding.values()) {
      int score = vietnameseSyllables(convert(text, e));
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    // the gain must be a sizeable share of the words with non-ASCII letters (which are the legacy ones)
    if (best == null || (bestScore - before) * 10 < 3 * nonAsciiWords(text)) return Optional.empty();
    return Optional.of(best);
  }

  public static String convert(String text, LegacyEncoding encoding) {
    return switch (encoding) {
      case TCVN3 -> convertTcvn3(text);
      case VNI -> convertVni(text);
    };
  }

  /** detect + convert; text already in Unicode Vietnamese (or other languages) is returned unchanged. */
  public static String repair(String text) {
    return detect(text).map(e -> convert(text, e)).orElse(text);
  }

  /** The encoding implied by a font name (".VnTime", ".VnTimeH", "VNI-Times", ...), if any. */
  public static Optional<LegacyEncoding> fromFontName(String fontName) {
    if (fontName == null) return Optional.empty();
    String f = fontName.strip();
    int plus = f.indexOf('+'); // PDF subset prefix "ABCDEF+.VnTime"
    if (plus >= 0 && plus < 8) f = f.substring(plus + 1);
    if (f.startsWith(".Vn") || f.startsWith("Vn") && f.length() > 2 && Character.isUpperCase(f.charAt(2))) {
      return Optional.of(LegacyEncoding.TCVN3);
    }
    if (f.regionMatches(true, 0, "VNI-", 0, 4) || f.regionMatches(true, 0, "VNI ", 0, 4)) {
      return Optional.of(LegacyEncoding.VNI);
    }
    return Optional.empty();
  }

  private static String convertTcvn3(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character u = c >= 0xA1 && c <= 0xFE ? TCVN3.get(c) : null;
      out.append(u == null ? c : u);
    }
    return restoreCapitals(out.toString());
  }

  /**
   * TCVN3 has one code for a toned vowel in either case (capitals came from a separate font), so "ĐẢNG" arrives as
   * "ĐảNG". A line or word whose plain letters are all capitals is taken to be in capitals throughout.
   */
  static String restoreCapitals(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("(?<=\n)")) {
      if (plainLettersUpper(line, 3)) {
        out.append(line.toUpperCase(java.util.Locale.ROOT));
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (int i = 0; i <= line.length(); i++) {
        char c = i < line.length() ? line.charAt(i) : ' ';
        if (Character.isLetter(c)) {
          word.append(c);
          continue;
        }
        String w = word.toString();
        out.append(plainLettersUpper(w, 2) ? w.toUpperCase(java.util.Locale.ROOT) : w);
        word.setLength(0);
        if (i < line.length()) out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean plainLettersUpper(String s, int atLeast) {
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && Character.isLetter(c)) {
        if (Character.isLowerCase(c)) return false;
        plain++;
      }
    }
    return plain >= atLeast;
  }

  private static String convertVni(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int[] mark = VNI_MARKS.get(c);
      if (mark != null && out.length() > 0) {
        char prev = out.charAt(out.length() - 1);
        Character combined = combine(prev, mark[0], mark[1]);
        if (combined != null) {
          out.setCharAt(out.length() - 1, combined);
          continue;
        }
      }
      Character letter = VNI_LETTERS.get(c);
      out.append(letter != null && (i > 0 && Character.isLetter(text.charAt(i - 1)) || letter == 'đ' || letter == 'Đ'
          || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) ? letter : c);
    }
    return out.toString();
  }

  /** The letter prev becomes with a shape and a tone added, or null when they do not go together. */
  private static Character combine(char prev, int shape, int tone) {
    boolean upper = Character.isUpperCase(prev);
    char base = Character.toLowerCase(prev);
    int row = BASES.indexOf(base);
    if (row < 0) return null;
    char shaped = base;
    if (shape == CIRCUMFLEX) {
      shaped = switch (base) { case 'a' -> 'â'; case 'e' -> 'ê'; case 'o' -> 'ô'; default -> 0; };
    } else if (shape == BREVE) {
      shaped = base == 'a' ? 'ă' : 0;
    } else if (shape == HORN) {
      shaped = switch (base) { case 'o' -> 'ơ'; case 'u' -> 'ư'; default -> 0; };
    }
    if (shaped == 0) return null;
    char result = shaped;
    if (tone >= 0) result = TONED.charAt(BASES.indexOf(shaped) * 5 + tone);
    return upper ? Character.toUpperCase(result) : result;
  }

  private static boolean hasVietnameseUnicode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u1EA0' && c <= '\u1EF9' || c == 'ơ' || c == 'ư' || c == 'Ơ' || c == 'Ư' || c == 'ă' || c == 'Ă') {
        return true;
      }
    }
    return false;
  }

  private static int nonAsciiWords(String text) {
    int count = 0;
    for (String w : text.split("[\\s\\p{Punct}&&[^§]]+")) {
      if (w.chars().anyMatch(ch -> ch > 0x7f)) count++;
    }
    return Math.max(1, count);
  }

  /** How many words are Vietnamese syllables with at least one mark (plain ASCII words prove nothing). */
  static int vietnameseSyllables(String text) {
    int count = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        if (w.chars().anyMatch(ch -> ch > 0x7f) && Syllables.isValid(w)) count++;
        start = -1;
      }
    }
    return count;
  }
}
