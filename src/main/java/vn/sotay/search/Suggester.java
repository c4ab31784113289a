package vn.sotay.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.NumberQuery;

/**
 * Type-ahead over document numbers and titles, typed any way: "nq 5", "05-NQ", "phat trien nguon".
 * A number match comes before a title match; every typed word must appear, the last one as a prefix.
 */
final class Suggester {
  /** A document with what matching needs worked out once: folding every title again on every key typed took 1.5 s. */
  record Entry(Suggestion suggestion, String number, String compactNumber, String serial, String[] labelWords) {}

  private static final Pattern NOT_NUMBER_CHAR = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final List<Entry> entries;

  /** Type-ahead over these documents, in this order. */
  Suggester(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static Entry entry(DocumentSummary d) {
    String num = d.docNumber() == null ? "" : LuceneLibrary.foldKey(d.docNumber());
    String[] parts = NOT_NUMBER_CHAR.split(num);
    String serial = parts.length > 0 ? DocumentNumber.serialKey(parts[0]) : null;
    String label = label(d);
    return new Entry(new Suggestion(label, d.docId(), null), num, compact(num), serial,
        NOT_WORD_CHAR.split(LuceneLibrary.foldKey(label)));
  }

  /** Number matches first, then title matches, each in catalog order (newest first): only {@code limit} are kept. */
  List<Suggestion> suggest(String prefix, int limit) {
    String typed = LuceneLibrary.foldKey(prefix).strip();
    String compactTyped = compact(typed);
    Optional<NumberQuery> number = NumberQuery.parse(prefix);
    String[] words = NOT_WORD_CHAR.split(typed);
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
    return NOT_NUMBER_CHAR.matcher(s).replaceAll("");
  }

  static String label(DocumentSummary d) {
    String title = d.title() == null ? d.docId() : d.title();
    if (d.docNumber() == null) {
      return d.docType() == null ? title : d.docType() + " " + title;
    }
    return (d.docType() == null ? "" : d.docType() + " ") + d.docNumber() + " — " + title;
  }
}
