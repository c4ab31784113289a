package vn.sotay.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.sotay.search.DocumentSummary;
import vn.sotay.search.Library;
import vn.sotay.search.Section;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.Syllables;

/**
 * What people search, drawn from the corpus itself: document numbers as written and as typed at a help desk
 * ("nđ 30 2020"), titles, phrases of three to six words out of passages, and questions typed without diacritics.
 */
final class QueryMix {
  enum Kind { NUMBER, TITLE, PHRASE, QUESTION }

  record Query(Kind kind, String text) {}

  private QueryMix() {}

  /**
   * Up to {@code perKind} queries of each kind, interleaved. Questions come from {@code questions} when there are
   * some, else from passages' phrases followed by "la gi".
   */
  static List<Query> of(Library library, List<String> questions, int perKind, long seed) {
    Random random = new Random(seed);
    List<DocumentSummary> docs = new ArrayList<>(library.documents(null, null, null, Integer.MAX_VALUE, 0));
    Collections.shuffle(docs, random);
    List<List<Query>> byKind = new ArrayList<>();
    byKind.add(numbers(docs, perKind));
    byKind.add(docs.stream().filter(d -> d.title() != null && !d.title().isBlank()).limit(perKind)
        .map(d -> new Query(Kind.TITLE, firstWords(d.title(), 12))).toList());
    List<String> phrases = phrases(library, docs, perKind, random);
    byKind.add(phrases.stream().map(p -> new Query(Kind.PHRASE, p)).toList());
    List<String> asked = new ArrayList<>(questions);
    Collections.shuffle(asked, random);
    if (asked.isEmpty()) asked = phrases.stream().map(p -> p + " la gi").toList();
    byKind.add(asked.stream().limit(perKind).map(q -> new Query(Kind.QUESTION, Syllables.fold(q))).toList());
    List<Query> mix = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      for (List<Query> kind : byKind) if (i < kind.size()) mix.add(kind.get(i));
    }
    return mix;
  }

  private static List<Query> numbers(List<DocumentSummary> docs, int perKind) {
    List<Query> out = new ArrayList<>();
    for (DocumentSummary d : docs) {
      if (out.size() >= perKind) break;
      DocumentNumber n = d.docNumber() == null ? null : DocumentNumber.parse(d.docNumber()).orElse(null);
      if (n == null) continue;
      boolean typedLoosely = out.size() % 2 == 1 && n.type() != null;
      String text = typedLoosely
          ? n.type().toLowerCase(Locale.ROOT) + " " + n.number() + (n.year() == null ? "" : " " + n.year())
          : n.raw();
      out.add(new Query(Kind.NUMBER, text));
    }
    return out;
  }

  private static List<String> phrases(Library library, List<DocumentSummary> docs, int wanted, Random random) {
    List<String> out = new ArrayList<>();
    for (DocumentSummary d : docs) {
      if (out.size() >= wanted) break;
      List<Section> sections = library.document(d.docId()).map(v -> v.sections()).orElse(List.of());
      if (sections.isEmpty()) continue;
      String[] words = sections.get(random.nextInt(sections.size())).text().split("\\s+");
      int length = 3 + random.nextInt(4);
      if (words.length < length) continue;
      int from = random.nextInt(words.length - length + 1);
      String phrase = String.join(" ", List.of(words).subList(from, from + length)).replaceAll("[\\p{P}&&[^-/]]", " ");
      if (!phrase.isBlank()) out.add(phrase.replaceAll("\\s+", " ").strip());
    }
    return out;
  }

  private static String firstWords(String text, int max) {
    String[] words = text.strip().split("\\s+");
    return words.length <= max ? text.strip() : String.join(" ", List.of(words).subList(0, max));
  }
}
