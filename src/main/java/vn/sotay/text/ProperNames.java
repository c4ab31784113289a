package vn.sotay.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a text keeps coming back to: runs of two or more capitalised syllables ("Hậu Giang", "Nghiêm Xuân
 * Thành", "Sông Hậu") that occur at least twice. A news report names its province in a few paragraphs only; these
 * names tell what every paragraph of it is about.
 */
public final class ProperNames {
  private ProperNames() {}

  /** At most {@code max} names seen at least {@code minCount} times, most frequent first, as first written. */
  public static List<String> recurring(String text, int minCount, int max) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    for (String clause : VietnameseNormalizer.normalize(text).split("[.,!?;:\\n\"“”()]+")) {
      String[] words = clause.strip().split("\\s+");
      List<String> run = new ArrayList<>();
      for (int i = 0; i <= words.length; i++) {
        if (i < words.length && isCapitalisedSyllable(words[i])) {
          run.add(words[i]);
          continue;
        }
        // every stretch of the run counts: "Tỉnh Hậu Giang" at a sentence's start also names "Hậu Giang"
        for (int from = 0; from < run.size(); from++) {
          for (int to = from + 2; to <= run.size(); to++) {
            String name = String.join(" ", run.subList(from, to));
            String key = name.toLowerCase(java.util.Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            written.putIfAbsent(key, name);
          }
        }
        run.clear();
      }
    }
    List<String> frequent = written.keySet().stream().filter(k -> counts.get(k) >= minCount).toList();
    // a part of a longer name seen as often ("Nghiêm Xuân" in "Nghiêm Xuân Thành") is not a name of its own
    return frequent.stream()
        .filter(k -> frequent.stream().noneMatch(o -> o.length() > k.length() && (" " + o + " ").contains(" " + k + " ")
            && counts.get(o).equals(counts.get(k))))
        .sorted((a, b) -> counts.get(b) - counts.get(a)).limit(max).map(written::get).toList();
  }

  private static boolean isCapitalisedSyllable(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
    String rest = word.substring(Character.charCount(word.codePointAt(0)));
    // "UBND" and other capitals-only words are abbreviations, not parts of a name
    return rest.chars().allMatch(Character::isLowerCase) && Syllables.isValid(word.toLowerCase(java.util.Locale.ROOT));
  }
}
