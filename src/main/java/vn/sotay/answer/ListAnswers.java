package vn.sotay.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sotay.search.DocumentSummary;
import vn.sotay.search.DocumentView;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;
import vn.sotay.search.Section;

/**
 * "9 nhiệm vụ trọng tâm là gì?": the list the question means, every item in document order, each cited. The list
 * is one that holds one of the best few passages (as separate passages, or written inside one), or, when the best
 * passage is an introduction, a list of the same document whose lead-in names the asked noun. A list must fit the
 * question better than the best passage read as prose; a text that only mentions "9 nhiệm vụ" without listing them
 * gives an honest "not listed" with the passages that describe them.
 */
final class ListAnswers {
  /** A list is taken from one of the best few passages only, as the ranking already weighed the whole question. */
  static final int DEPTH = 3;
  private static final double BONUS = 1.5;
  /** A list reached through its document's introduction rather than through a passage of its own. */
  private static final double INDIRECT = 0.8;
  /** An item that holds this much of the question, clearly more than the lead-in, is what was asked. */
  private static final double ONE_ITEM = 0.8;
  private static final double ONE_ITEM_MARGIN = 0.2;

  /** Words a heading links its terms with, which a question need not repeat ("Nhiệm vụ của Trung tâm"). */
  private static final Set<String> LINKING_WORDS = Set.of("cua", "va", "cac", "ve", "voi", "doi", "cho", "trong", "tai");
  private static final Pattern ARTICLE_NUMBER = Pattern.compile("^(?:Điều|Mục|Chương)\\s+\\S+?[.:]\\s*");
  private static final Pattern HEADING_NUMBER = Pattern.compile("^(?:[IVXLC]+|\\d+)\\s*[.)-]\\s*");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private record Candidate(DocumentSummary doc, Lists.Found list, double score) {}

  private final Library library;
  private final Replies replies;
  private final Map<String, DocumentView> views = new HashMap<>();
  private final Map<String, List<Lists.Found>> lists = new HashMap<>();

  /** One per question: it caches the documents it reads. */
  ListAnswers(Library library, Replies replies) {
    this.library = library;
    this.replies = replies;
  }

  Answer answer(Question q, List<SearchHit> hits) {
    if (hits.isEmpty()) return replies.none(q, "Không tìm thấy văn bản nào nói về nội dung này.", hits);
    List<String> words = Sentences.sequence(q.keywords());
    String counted = q.count() == null || q.noun() == null ? null : q.count() + " " + q.noun();
    Candidate best = null;
    for (int rank = 0; rank < Math.min(DEPTH, hits.size()); rank++) {
      SearchHit hit = hits.get(rank);
      DocumentView view = view(hit.docId());
      if (view == null) continue;
      List<Lists.Found> holding = new ArrayList<>(lists(view).stream().filter(l -> holds(l, hit)).toList());
      if (holding.isEmpty()) section(view, hit.anchor()).flatMap(Lists::inline).ifPresent(holding::add);
      for (Lists.Found l : holding) best = better(best, new Candidate(view.summary(), l, hit.score() * fit(q, words, counted, l, view)));
      if (holding.isEmpty() && rank == 0) {
        for (Lists.Found l : lists(view)) {
          if (q.noun() != null && QuestionParser.fold(introduction(l)).contains(q.noun())) {
            best = better(best, new Candidate(view.summary(), l, hit.score() * INDIRECT * fit(q, words, counted, l, view)));
          }
        }
      }
    }
    SearchHit mention = counted == null ? null : mention(hits, counted);
    double mentionScore = mention == null ? 0 : mention.score() * BONUS * BONUS * (0.5 + Sentences.match(words, mention.text()));
    SearchHit top = hits.get(0);
    double prose = top == mention || inAList(top) || announcesAList(top) ? 0
        : top.score() * (q.noun() != null && QuestionParser.fold(Replies.text(top)).contains(q.noun()) ? BONUS : 1)
            * (0.5 + Sentences.match(words, Replies.text(top)));
    if (best != null && best.score() >= Math.max(mentionScore, prose)) {
      return asksForOneItem(q, best.list(), top) ? replies.passages(q, hits) : listAnswer(q, best, mention);
    }
    if (mention != null && mentionScore >= prose) return notListed(q, mention, hits);
    return replies.passages(q, hits);
  }

  /**
   * "Nhóm giải pháp về cơ chế, chính sách gồm những gì?" names one item of the list: the best passage is that item,
   * and it holds the question far better than the list's lead-in does.
   */
  private boolean asksForOneItem(Question q, Lists.Found list, SearchHit top) {
    if (list.lead() != null && list.lead().anchor().equals(top.anchor())) return false;
    if (list.items().stream().noneMatch(s -> s.anchor().equals(top.anchor()))) return false;
    double item = library.coverage(q.keywords(), top.text());
    return item >= ONE_ITEM && item > library.coverage(q.keywords(), introduction(list)) + ONE_ITEM_MARGIN;
  }

  /** "... với 4 nhóm nhiệm vụ và 24 giải pháp như sau.": an introduction, not an answer by itself. */
  private static boolean announcesAList(SearchHit hit) {
    String folded = QuestionParser.fold(hit.text());
    return hit.text().strip().endsWith(":") || folded.endsWith("nhu sau") || folded.endsWith("sau day");
  }

  private static Candidate better(Candidate a, Candidate b) {
    return a == null || b.score() > a.score() ? b : a;
  }

  /** How well a list fits the question: its lead-in, headings and document against the words, noun and count. */
  private static double fit(Question q, List<String> words, String counted, Lists.Found l, DocumentView view) {
    String intro = QuestionParser.fold(introduction(l));
    double fit = 0.5 + Sentences.match(words, introduction(l) + " " + view.summary().title() + " " + view.summary().docNumber());
    if (q.noun() != null && intro.contains(q.noun())) fit *= BONUS;
    if (q.noun() != null && headedBy(l, q)) fit *= BONUS;
    if (q.count() != null && q.count() == l.items().size()) fit *= BONUS;
    if (counted != null && intro.contains(counted)) fit *= BONUS;
    return fit;
  }

  /**
   * The list sits right under a heading that names the asked noun first and says nothing the question does not
   * ("Điều 4. Nhiệm vụ của Trung tâm" for "Trung tâm ... có những nhiệm vụ gì?").
   */
  private static boolean headedBy(Lists.Found l, Question q) {
    List<String> path = l.items().get(0).path();
    if (path.isEmpty()) return false;
    String heading = QuestionParser.fold(HEADING_NUMBER.matcher(
        ARTICLE_NUMBER.matcher(path.get(path.size() - 1)).replaceFirst("")).replaceFirst(""));
    List<String> asked = Sentences.sequence(q.text() + " " + q.searchText());
    return heading.startsWith(q.noun())
        && Sentences.sequence(heading).stream().allMatch(w -> asked.contains(w) || LINKING_WORDS.contains(w));
  }

  /** The lead-in and the headings the list sits under. */
  private static String introduction(Lists.Found l) {
    return (l.lead() == null ? "" : l.lead().text()) + " " + String.join(" ", l.items().get(0).path());
  }

  /** A passage, not in a list and not the user guide's examples, that names "9 nhiệm vụ trọng tâm". */
  private SearchHit mention(List<SearchHit> hits, String counted) {
    for (SearchHit hit : hits) {
      DocumentView view = view(hit.docId());
      if (view == null || "guide".equals(view.summary().kind()) || inAList(hit)) continue;
      if (QuestionParser.fold(hit.text()).contains(counted)) return hit;
    }
    return null;
  }

  private boolean inAList(SearchHit hit) {
    DocumentView view = view(hit.docId());
    return view != null && lists(view).stream().anyMatch(l -> holds(l, hit));
  }

  /** The passage is the list's lead-in or an item, or a paragraph under the heading the list has no lead-in but. */
  private static boolean holds(Lists.Found l, SearchHit hit) {
    return l.contains(hit.anchor()) || l.lead() == null && !hit.path().isEmpty() && hit.path().equals(l.items().get(0).path());
  }

  private DocumentView view(String docId) {
    return views.computeIfAbsent(docId, id -> library.document(id).orElse(null));
  }

  private List<Lists.Found> lists(DocumentView view) {
    return lists.computeIfAbsent(view.summary().docId(), id -> Lists.of(view.sections()));
  }

  private static java.util.Optional<Section> section(DocumentView view, String anchor) {
    return view.sections().stream().filter(s -> s.anchor().equals(anchor)).findFirst();
  }

  private static Answer listAnswer(Question q, Candidate c, SearchHit mention) {
    DocumentSummary d = c.doc();
    List<Answer.Citation> citations = new ArrayList<>();
    List<Answer.Item> items = new ArrayList<>();
    if (c.list().lead() != null) citations.add(Citations.of(d, c.list().lead()));
    Map<String, Section> headings = headingsAsked(q, c.list());
    if (headings.isEmpty()) {
      for (Section s : c.list().items()) {
        items.add(new Answer.Item(Lists.itemText(s), citations.size()));
        citations.add(Citations.of(d, s));
      }
    } else {
      for (Map.Entry<String, Section> h : headings.entrySet()) {
        items.add(new Answer.Item(HEADING_NUMBER.matcher(h.getKey()).replaceFirst(""), citations.size()));
        citations.add(Citations.of(d, h.getValue()));
      }
    }
    int n = items.size();
    String noun = q.noun() == null ? null : original(introduction(c.list()), q.noun());
    if (noun != null && noun.equals(noun.toUpperCase(VIETNAMESE))) noun = noun.toLowerCase(VIETNAMESE); // a heading's capitals
    StringBuilder answer = new StringBuilder(Citations.name(d)).append(" nêu ").append(n).append(' ')
        .append(noun == null ? "mục" : noun);
    if (q.count() != null && q.count() != n) {
      answer.append(" (câu hỏi nêu ").append(q.count()).append(", văn bản liệt kê ").append(n).append(')');
    }
    if (c.list().lead() != null) answer.append(" [1]"); // the lead-in, cited first
    answer.append(':');
    if (mention != null && !mention.docId().equals(d.docId())) {
      String phrase = original(mention.text(), q.count() + " " + q.noun());
      answer.append(" (").append(Citations.name(mention)).append(" cũng nhắc đến ").append(q.count()).append(' ')
          .append(phrase == null ? q.noun() : phrase).append(" nhưng không liệt kê [").append(citations.size() + 1)
          .append("].)");
      citations.add(Citations.of(mention));
    }
    return new Answer(q.text(), "list", answer.toString(), items, citations);
  }

  /**
   * "Chương trình 50 có những nhóm nhiệm vụ nào?": when every heading a list runs under begins with the asked noun
   * ("I. NHÓM NHIỆM VỤ VỀ PHÁT TRIỂN KINH TẾ", "II. NHÓM NHIỆM VỤ VỀ ..."), the things asked for are those headings,
   * in order, each with the first passage under it; else none.
   */
  private static Map<String, Section> headingsAsked(Question q, Lists.Found list) {
    Map<String, Section> firstUnder = new LinkedHashMap<>();
    if (q.noun() == null) return firstUnder;
    for (Section s : list.items()) {
      if (s.path().isEmpty()) return Map.of();
      firstUnder.putIfAbsent(s.path().get(s.path().size() - 1), s);
    }
    if (firstUnder.size() < 2) return Map.of();
    for (String heading : firstUnder.keySet()) {
      // "nhóm nhiệm vụ" are the groups; "nhiệm vụ" are still the items inside them
      if (!QuestionParser.fold(HEADING_NUMBER.matcher(heading).replaceFirst("")).startsWith(q.noun())) return Map.of();
    }
    return firstUnder;
  }

  private static Answer notListed(Question q, SearchHit mention, List<SearchHit> hits) {
    List<Answer.Citation> citations = new ArrayList<>();
    citations.add(Citations.of(mention));
    hits.stream().filter(h -> h.docId().equals(mention.docId()) && !h.anchor().equals(mention.anchor()))
        .limit(Replies.PASSAGES - 1).sorted(java.util.Comparator.comparingInt(SearchHit::ordinal))
        .forEach(h -> citations.add(Citations.of(h)));
    String phrase = original(mention.text(), q.count() + " " + q.noun());
    String answer = Citations.name(mention) + " nhắc đến " + q.count() + " " + (phrase == null ? q.noun() : phrase)
        + " [1] nhưng không liệt kê cụ thể từng mục; kho văn bản không có danh sách này."
        + (citations.size() > 1 ? " Các đoạn dưới đây nói về nội dung này theo từng lĩnh vực." : "");
    return new Answer(q.text(), "passage", answer, List.of(), citations);
  }

  /**
   * The words of text whose folded form is the folded phrase, as written there, without a leading count
   * ("nhiệm vụ trọng tâm"); null when the text does not hold the phrase.
   */
  static String original(String text, String foldedPhrase) {
    String[] words = text.split("\\s+");
    String[] target = foldedPhrase.split("\\s+");
    for (int i = 0; i + target.length <= words.length; i++) {
      boolean all = true;
      for (int j = 0; j < target.length && all; j++) all = QuestionParser.fold(words[i + j]).equals(target[j]);
      if (all) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + target.length))
            .replaceAll("^[\"“(]+|[\"”):,.;?]+$", "");
        return phrase.matches("\\d+ .*") ? phrase.substring(phrase.indexOf(' ') + 1) : phrase;
      }
    }
    return null;
  }
}
