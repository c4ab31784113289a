package vn.sotay.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.sotay.text.NumberQuery;

/**
 * Type-ahead over document numbers and titles, typed any way: "nq 5", "05-NQ", "phat trien nguon".
 * A number match comes before a title match; every typed word must appear, the last one as a prefix.
 */
final class Suggester {
  private final List<DocumentSummary> documents;

  Suggester(List<DocumentSummary> documents) {
    this.documents = documents;
  }

  private record Scored(Suggestion suggestion, int score) {}

  List<Suggestion> suggest(String prefix, int limit) {
    String typed = LuceneLibrary.foldKey(prefix).strip();
    String compactTyped = compact(typed);
    Optional<NumberQuery> number = NumberQuery.parse(prefix);
    String[] words = typed.split("[^\\p{L}\\p{N}]+");
    List<Scored> scored = new ArrayList<>();
    for (DocumentSummary d : documents) {
      int score = 0;
      String num = d.docNumber() == null ? "" : LuceneLibrary.foldKey(d.docNumber());
      if (!num.isEmpty() && !compactTyped.isEmpty() && compact(num).startsWith(compactTyped)) {
        score = 3;
      } else if (!num.isEmpty() && number.isPresent() && matchesNumber(num, number.get())) {
        score = 3;
      } else if (containsWords(LuceneLibrary.foldKey(label(d)), words)) {
        score = 1;
      }
      if (score > 0) {
        scored.add(new Scored(new Suggestion(label(d), d.docId(), null), score));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).reversed());
    return scored.stream().limit(limit).map(Scored::suggestion).toList();
  }

  private static boolean matchesNumber(String foldedNumber, NumberQuery n) {
    if (n.number() == null) {
      return false;
    }
    String[] parts = foldedNumber.split("[^a-z0-9]+");
    boolean serial = parts.length > 0 && parts[0].replaceFirst("^0+(?=\\d)", "").equals(n.number());
    boolean type = n.type() == null || foldedNumber.contains(LuceneLibrary.foldKey(n.type()));
    return serial && type;
  }

  private static boolean containsWords(String label, String[] words) {
    String[] labelWords = label.split("[^\\p{L}\\p{N}]+");
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      boolean last = i == words.length - 1;
      boolean found = false;
      for (String lw : labelWords) {
        if (last ? lw.startsWith(words[i]) : lw.equals(words[i])) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static String compact(String s) {
    return s.replaceAll("[^a-z0-9]", "");
  }

  static String label(DocumentSummary d) {
    String title = d.title() == null ? d.docId() : d.title();
    if (d.docNumber() == null) {
      return d.docType() == null ? title : d.docType() + " " + title;
    }
    return (d.docType() == null ? "" : d.docType() + " ") + d.docNumber() + " — " + title;
  }
}
