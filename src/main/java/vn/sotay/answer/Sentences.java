package vn.sotay.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sentences of a passage, and how much of a question each covers. */
final class Sentences {
  private Sentences() {}

  /** Split after ". ", "; ", "! ", "? " and at line breaks; a list item's own text stays whole. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\n")) {
      int start = 0;
      for (int i = 0; i < line.length() - 1; i++) {
        char c = line.charAt(i);
        if ((c == '.' || c == '!' || c == '?' || c == ';') && line.charAt(i + 1) == ' '
            && i + 2 < line.length() && (Character.isUpperCase(line.charAt(i + 2)) || c != '.')
            && !(c == '.' && i > 0 && Character.isDigit(line.charAt(i - 1)) && i - start < 6)) {
          add(out, line.substring(start, i + 1));
          start = i + 2;
        }
      }
      add(out, line.substring(start));
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    if (!s.isBlank()) out.add(s.strip());
  }

  /** Folded syllables of a text, for coverage. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : QuestionParser.fold(text).split("[\\s/\\-]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** Coverage plus a bonus for each pair of the question's adjacent words that the text has side by side. */
  static double match(List<String> questionWords, String text) {
    if (questionWords.isEmpty()) return 0;
    String folded = " " + String.join(" ", QuestionParser.fold(text).split("[\\s/\\-]+")) + " ";
    int single = 0, pairs = 0;
    for (int i = 0; i < questionWords.size(); i++) {
      if (folded.contains(" " + questionWords.get(i) + " ")) single++;
      if (i + 1 < questionWords.size() && folded.contains(" " + questionWords.get(i) + " " + questionWords.get(i + 1) + " ")) pairs++;
    }
    return single / (double) questionWords.size() + 0.5 * pairs / Math.max(1, questionWords.size() - 1);
  }

  /** The question's folded words in order. */
  static List<String> sequence(String text) {
    List<String> out = new ArrayList<>();
    for (String w : QuestionParser.fold(text).split("[\\s/\\-]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** Share of the question's words that the text contains, 0 to 1. */
  static double coverage(Set<String> questionWords, String text) {
    if (questionWords.isEmpty()) return 0;
    Set<String> have = words(text);
    long hit = questionWords.stream().filter(have::contains).count();
    return hit / (double) questionWords.size();
  }
}
