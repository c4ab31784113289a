package vn.sotay.text;

import java.text.Normalizer;
import java.util.Set;

/**
 * Vietnamese syllables: whether a word is one, and its canonical spelling for index terms. Tone marks are placed
 * in the old style (hòa, khỏe, thủy), which most Party and government sites use, so "hoà" and "hòa" are one term;
 * misplaced tones ("lựơng", "qúy") are put back on the vowel that carries them.
 */
public final class Syllables {
  private Syllables() {}

  /** Vowels with every tone: row = base vowel, column = tone (none, sắc, huyền, hỏi, ngã, nặng). */
  private static final String[] TONED = {
      "aáàảãạ", "ăắằẳẵặ", "âấầẩẫậ", "eéèẻẽẹ", "êếềểễệ", "iíìỉĩị",
      "oóòỏõọ", "ôốồổỗộ", "ơớờởỡợ", "uúùủũụ", "ưứừửữự", "yýỳỷỹỵ"};
  private static final int TONES = 6;
  private static final short[] VOWEL_CODES = vowelCodes();
  private static final String MARKED = "ăâêôơư";
  private static final String[] ONSETS = {
      "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
      "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"};
  private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");
  private static final Set<String> NUCLEI = Set.of(
      "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
      "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
      "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
      "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "uơi");
  /** The same vowel groups typed without their shape marks ("quyet", "nguoi"). */
  private static final Set<String> BARE_NUCLEI =
      NUCLEI.stream().map(Syllables::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Onsets after which a lone i and y are one word in two spellings (kĩ/kỹ, lí/lý, qui/quy). */
  private static final Set<String> IY_ONSETS = Set.of("h", "k", "l", "m", "s", "qu");

  /** A syllable taken apart: onset, vowels without tone, final consonants, tone 0-5. */
  private record Parts(String onset, String vowels, String coda, int tone) {}

  /** True when the lower-case word is a well-formed Vietnamese syllable (with or without marks). */
  public static boolean isValid(String lowerCaseSyllable) {
    return parse(lowerCaseSyllable) != null;
  }

  /** Canonical tone placement (old style), misplaced tones fixed; other words come back unchanged. */
  public static String canonicalTone(String lowerCaseSyllable) {
    Parts p = parse(lowerCaseSyllable);
    return p == null ? lowerCaseSyllable : compose(p);
  }

  /**
   * Canonical tone placement, then the i/y spellings of one word made one (kĩ to kỹ, lí to lý, qui to quy). "ti"
   * stays "ti" and "ty" stays "ty" ("ti vi", "công ty") unless toned (tỉ/tỷ).
   */
  public static String canonical(String lowerCaseSyllable) {
    Parts p = parse(lowerCaseSyllable);
    if (p == null) return lowerCaseSyllable;
    if (p.vowels().equals("i") && p.coda().isEmpty()
        && (IY_ONSETS.contains(p.onset()) || (p.onset().equals("t") && p.tone() != 0))) {
      p = new Parts(p.onset(), "y", "", p.tone());
    }
    return compose(p);
  }

  /** Every mark removed and đ to d ("Đảng" to "Dang"). */
  public static String fold(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return out.toString();
  }

  private static Parts parse(String word) {
    int length = word.length();
    if (length == 0 || length > 8) return null;
    char[] bare = new char[length];
    int tone = 0;
    for (int i = 0; i < length; i++) {
      char c = word.charAt(i);
      int code = vowelCode(c);
      if (code < 0) {
        if (c < 'a' || c > 'z') {
          if (c != 'đ') return null;
        }
        bare[i] = c;
        continue;
      }
      if (code % TONES != 0) {
        if (tone != 0) return null; // two tones: not a syllable
        tone = code % TONES;
      }
      bare[i] = TONED[code / TONES].charAt(0);
    }
    String s = new String(bare);
    String onset = "";
    for (String o : ONSETS) {
      if (s.startsWith(o)) {
        onset = o;
        break;
      }
    }
    // "gi" and "qu" take the i/u only when another vowel follows (gì = g + i, quý = qu + y)
    if ((onset.equals("gi") || onset.equals("qu")) && (s.length() == 2 || !isVowel(s.charAt(2)))) {
      onset = onset.substring(0, 1);
    }
    int v = onset.length();
    int end = v;
    while (end < s.length() && isVowel(s.charAt(end))) end++;
    String vowels = s.substring(v, end);
    String coda = s.substring(end);
    if (vowels.isEmpty() || !FINALS.contains(coda)) return null;
    if (!NUCLEI.contains(vowels) && !BARE_NUCLEI.contains(vowels)) return null;
    if (onset.equals("q")) return null;
    return new Parts(onset, vowels, coda, tone);
  }

  private static String compose(Parts p) {
    String v = p.vowels();
    int at = tonePosition(v, !p.coda().isEmpty(), p.onset());
    StringBuilder out = new StringBuilder(p.onset());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      out.append(i == at ? TONED[row(c)].charAt(p.tone()) : c);
    }
    return out.append(p.coda()).toString();
  }

  /** Rules of tone placement, on vowels without tone. */
  private static int tonePosition(String v, boolean closed, String onset) {
    for (int i = v.length() - 1; i >= 0; i--) {
      if (MARKED.indexOf(v.charAt(i)) >= 0) return i; // the marked vowel; in ươ that is ơ
    }
    if (v.length() == 1) return 0;
    if (closed) return v.length() - 1; // hoàn, toán
    if (v.length() == 3) return 1; // ngoài, khuỷu
    return 0; // mái, múa, and the old style hòa, khỏe, thủy
  }

  /** A vowel without tone mark (shape marks allowed: ă, ơ...). */
  private static boolean isVowel(char c) {
    return vowelCode(c) >= 0 && vowelCode(c) % TONES == 0;
  }

  private static int row(char c) {
    int code = vowelCode(c);
    return code < 0 ? -1 : code / TONES;
  }

  /** {@code row * TONES + tone} of a vowel of {@link #TONED}, or -1: one look-up per letter of every indexed word. */
  private static int vowelCode(char c) {
    return c < VOWEL_CODES.length ? VOWEL_CODES[c] : -1;
  }

  private static short[] vowelCodes() {
    int max = 0;
    for (String row : TONED) for (char c : row.toCharArray()) max = Math.max(max, c);
    short[] codes = new short[max + 1];
    java.util.Arrays.fill(codes, (short) -1);
    for (int r = 0; r < TONED.length; r++) {
      for (int t = 0; t < TONES; t++) codes[TONED[r].charAt(t)] = (short) (r * TONES + t);
    }
    return codes;
  }
}
