package vn.sotay.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Numbers written as words ("chín", "hai mươi tư", "một trăm linh năm") and back. Several number words are also
 * ordinary words (năm is "year", ba "father", tư "private"), so a single word is rewritten only before a counted
 * noun ("chín nhiệm vụ" and "9 nhiệm vụ"); "năm 2020" stays. Works on text typed with or without diacritics.
 */
public final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("khong", 0), Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bon", 4),
      Map.entry("tu", 4), Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("nham", 5), Map.entry("sau", 6),
      Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9));
  private static final Map<String, Long> MULTIPLIERS = Map.of(
      "nghin", 1_000L, "ngan", 1_000L, "trieu", 1_000_000L, "ty", 1_000_000_000L, "ti", 1_000_000_000L);
  private static final String[] UNIT_WORDS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

  /** Nouns that are counted in the documents, folded; one or two syllables. */
  private static final Set<String> COUNTED = Set.of(
      "nhiem vu", "giai phap", "nhom", "chi tieu", "muc tieu", "khau", "dot pha", "linh vuc", "noi dung",
      "chuong trinh", "de an", "du an", "nguyen tac", "quan diem", "tieu chi", "van de", "yeu cau", "nhiem ky",
      "huyen", "xa", "phuong", "tinh", "nganh", "cap", "nguoi", "can bo", "dang vien", "lan", "thang", "tuan",
      "dieu", "khoan", "chuong", "muc", "phan", "diem", "buoc", "giai doan", "trong tam", "cong trinh", "tru cot",
      "dong luc", "khu", "truong", "ban", "co quan", "don vi", "doanh nghiep", "ke hoach", "nghi quyet",
      "chi thi", "ket luan", "quyet dinh", "van ban", "hoi nghi", "dai bieu", "phuong an", "hang muc", "ty",
      "trieu", "nghin", "ha", "km", "dong", "nhan to", "mat", "y", "cong tac", "chinh sach", "tieu ban");

  private NumberWords() {}

  /** The value of number words ("hai mươi tư" is 24), or empty when they are not one number. */
  public static OptionalLong value(List<String> words) {
    if (words.isEmpty()) return OptionalLong.empty();
    long total = 0, group = 0;
    boolean lastWasUnit = false, any = false;
    int lastUnit = 0;
    for (String word : words) {
      String w = key(word);
      if (UNITS.containsKey(w)) {
        if (lastWasUnit) return OptionalLong.empty(); // "hai ba" is "two or three", not a number
        lastUnit = UNITS.get(w);
        group += lastUnit;
        lastWasUnit = true;
        any = true;
      } else if (w.equals("muoi")) {
        group += lastWasUnit ? lastUnit * 9L : 10; // hai mươi = 2 * 10; mười = 10
        lastWasUnit = false;
        any = true;
      } else if (w.equals("tram")) {
        if (group > 9) return OptionalLong.empty();
        group = (group == 0 ? 1 : group) * 100;
        lastWasUnit = false;
      } else if ((w.equals("linh") || w.equals("le")) && any) {
        lastWasUnit = false;
      } else if (MULTIPLIERS.containsKey(w) && any) {
        total += (group == 0 ? 1 : group) * MULTIPLIERS.get(w);
        group = 0;
        lastWasUnit = false;
      } else {
        return OptionalLong.empty();
      }
    }
    return any ? OptionalLong.of(total + group) : OptionalLong.empty();
  }

  /** Runs of number words before a counted noun, or of several number words, become digits. */
  public static String toDigits(String text) {
    String[] words = text.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int end = i;
      while (end < words.length && isNumberWord(words[end])) end++;
      if (end == i) {
        out.add(words[i++]);
        continue;
      }
      // the longest run that is one number and is either counted or plainly a number phrase
      int stop = end;
      OptionalLong v = OptionalLong.empty();
      while (stop > i && (v = value(List.of(words).subList(i, stop))).isEmpty()) stop--;
      boolean counted = stop < words.length && countedAt(words, stop);
      boolean phrase = stop - i >= 2 && !key(words[i]).equals("nam");
      if (v.isPresent() && (counted || phrase)) {
        out.add(Long.toString(v.getAsLong()));
        i = stop;
      } else {
        out.add(words[i++]);
      }
    }
    return String.join(" ", out);
  }

  /** Numbers 1 to 99 before a counted noun become words ("9 nhiệm vụ" to "chín nhiệm vụ"). */
  public static String toWords(String text) {
    String[] words = text.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.matches("\\d{1,2}") && i + 1 < words.length && countedAt(words, i + 1) && Integer.parseInt(w) > 0) {
        out.add(spell(Integer.parseInt(w)));
      } else {
        out.add(w);
      }
    }
    return String.join(" ", out);
  }

  /** 1 to 99 in words: "hai mươi tư", "mười lăm", "ba mươi mốt". */
  public static String spell(int n) {
    if (n < 1 || n > 99) throw new IllegalArgumentException("out of range: " + n);
    if (n < 10) return UNIT_WORDS[n];
    int tens = n / 10, units = n % 10;
    String head = tens == 1 ? "mười" : UNIT_WORDS[tens] + " mươi";
    if (units == 0) return head;
    String tail = units == 5 ? "lăm" : units == 1 && tens > 1 ? "mốt" : units == 4 && tens > 1 ? "tư" : UNIT_WORDS[units];
    return head + " " + tail;
  }

  private static boolean countedAt(String[] words, int i) {
    String one = plain(words[i]);
    if (COUNTED.contains(one)) return true;
    return i + 1 < words.length && COUNTED.contains(one + " " + plain(words[i + 1]));
  }

  private static boolean isNumberWord(String word) {
    String w = key(word);
    return UNITS.containsKey(w) || MULTIPLIERS.containsKey(w) || w.equals("muoi") || w.equals("tram")
        || w.equals("linh") || w.equals("le");
  }

  private static String plain(String word) {
    return Syllables.fold(word.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9]", "");
  }

  /** Number words as written with their marks; a marked word counts only when it is one of these ("tâm" is not "tám"). */
  private static final Set<String> ACCENTED = Set.of("không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm",
      "nhăm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ");

  private static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String folded = Syllables.fold(lower);
    if (!folded.equals(lower) && !ACCENTED.contains(Syllables.canonicalTone(lower))) {
      return "#" + folded; // a marked word that is not a number word
    }
    return folded;
  }
}
