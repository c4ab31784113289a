package vn.sotay.text;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/** Roman numerals as Vietnamese documents use them (khóa XIV, Đại hội XIII, Chương II), 1 to 3999. */
public final class RomanNumerals {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  private RomanNumerals() {}

  /** The value of a well-formed numeral in either case ("XIV", "xiv"); empty for anything else ("IIII", "MIX"?). */
  public static OptionalInt parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 15) return OptionalInt.empty();
    String upper = text.toUpperCase(Locale.ROOT);
    if (!upper.matches("[MDCLXVI]+")) return OptionalInt.empty();
    int value = 0, i = 0;
    for (int k = 0; k < VALUES.length && i < upper.length(); k++) {
      while (upper.startsWith(SYMBOLS[k], i)) {
        value += VALUES[k];
        i += SYMBOLS[k].length();
      }
    }
    if (i != upper.length() || value == 0 || value > 3999 || !format(value).equals(upper)) return OptionalInt.empty();
    return OptionalInt.of(value);
  }

  /** Roman numerals after a cue word ("khóa XIV", "Đại hội XIII", "Chương II") as digits. */
  public static String toDigitsAfterCues(String text) {
    String[] words = text.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (!cueBefore(words, i)) continue;
      String core = words[i].replaceAll("[^A-Za-z]+$", "");
      OptionalInt v = parse(core);
      if (v.isPresent()) words[i] = v.getAsInt() + words[i].substring(core.length());
    }
    return String.join(" ", words);
  }

  /** Digits after a cue word ("khóa 14") as Roman numerals. */
  public static String toRomanAfterCues(String text) {
    String[] words = text.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (!cueBefore(words, i) || !words[i].matches("\\d{1,3}")) continue;
      int v = Integer.parseInt(words[i]);
      if (v > 0) words[i] = format(v);
    }
    return String.join(" ", words);
  }

  private static boolean cueBefore(String[] words, int i) {
    String prev = Syllables.fold(words[i - 1].toLowerCase(Locale.ROOT));
    if (Set.of("khoa", "chuong", "phan", "muc", "quy", "ky").contains(prev)) return true;
    if (i < 2) return false;
    String pair = Syllables.fold(words[i - 2].toLowerCase(Locale.ROOT)) + " " + prev;
    return pair.equals("dai hoi") || pair.equals("lan thu");
  }

  public static String format(int value) {
    if (value < 1 || value > 3999) throw new IllegalArgumentException("out of range: " + value);
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < VALUES.length; k++) {
      while (value >= VALUES[k]) {
        out.append(SYMBOLS[k]);
        value -= VALUES[k];
      }
    }
    return out.toString();
  }
}
