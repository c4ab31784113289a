package vn.sotay.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotay.text.NumberQuery;

/**
 * Type-ahead over document numbers and titles, typed any way: "nq 5", "05-NQ", "phat trien nguon".
 * A number match comes before a title match; every typed word must appear, the last one as a prefix.
 */
final class Suggester {
  /** A document with what matching needs worked out once: folding every title again on every key typed took 1.5 s. */
  private record Entry(Suggestion suggestion, String number, String compactNumber, String serial, String[] labelWords) {}

  private final List<Entry> entries;

  Suggester(List<DocumentSummary> documents) {
    List<Entry> prepared = new ArrayList<>(documents.size());
    for (DocumentSummary d : documents) {
      String num = d.docNumber() == null ? "" : LuceneLibrary.foldKey(d.docNumber());
      String[] parts = num.split("[^a-z0-9]+");
      String serial = parts.length > 0 ? parts[0].replaceFirst("^0+(?=\\d)", "") : null;
      prepared.add(new Entry(new Suggestion(label(d), d.docId(), null), num, compact(num), serial,
          LuceneLibrary.foldKey(label(d)).split("[^\\p{L}\\p{N}]+")));
    }
    this.entries = List.copyOf(prepared);
  }

  /** Number matches first, then title matches, each in catalog order (newest first): only {@code limit} are kept. */
  List<Suggestion> suggest(String prefix, int limit) {
    String typed = LuceneLibrary.foldKey(prefix).strip();
    String compactTyped = compact(typed);
    Optional<NumberQuery> number = NumberQuery.parse(prefix);
    String[] words = typed.split("[^\\p{L}\\p{N}]+");
    List<Suggestion> byNumber = new ArrayList<>();
    List<Suggestion> byTitle = new ArrayList<>();
    for (Entry e : entries) {
      if (byNumber.size() >= limit) break;
      String num = e.number();
      if (!num.isEmpty() && !compactTyped.isEmpty() && e.compactNumber().startsWith(compactTyped)) {
        byNumber.add(e.suggestion());
      } else if (!num.isEmpty() && number.isPresent() && matchesNumber(e, number.get())) {
        byNumber.add(e.suggestion());
      } else if (byTitle.size() < limit && containsWords(e.labelWords(), words)) {
        byTitle.add(e.suggestion());
      }
    }
    List<Suggestion> out = new ArrayList<>(byNumber);
    out.addAll(byTitle);
    return out.stream().limit(limit).toList();
  }

  private static boolean matchesNumber(Entry e, NumberQuery n) {
    if (n.number() == null) {
      return false;
    }
    boolean serial = n.number().equals(e.serial());
    boolean type = n.type() == null || e.number().contains(LuceneLibrary.foldKey(n.type()));
    return serial && type;
  }

  private static boolean containsWords(String[] labelWords, String[] words) {
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
