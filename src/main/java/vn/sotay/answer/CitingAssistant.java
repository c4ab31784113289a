package vn.sotay.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sotay.search.DocumentView;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;
import vn.sotay.search.Section;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.NumberQuery;

/**
 * Answers a question the way a careful clerk would: understands it ({@link QuestionParser}), searches, and quotes
 * the passages that answer it, every claim cited. When the documents do not hold the answer it says so and shows
 * the closest passages. Thread-safe.
 */
public final class CitingAssistant implements Assistant {
  static final int HITS = 20;
  static final int PASSAGES = 5;
  static final int SENTENCE_DEPTH = 2;
  /** A list is taken from one of the best few passages only, as the ranking already weighed the whole question. */
  static final int LIST_DEPTH = 3;
  /** Below this share of the question's words, the best passage does not answer it. */
  static final double MIN_COVERAGE = 0.5;
  private static final Pattern DATE = Pattern.compile(
      "(?iu)(ngày\\s+\\d{1,2}|tháng\\s+\\d{1,2}|năm\\s+\\d{4}|quý\\s+[IVX\\d]+|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|cuối năm|đầu năm|hằng năm|trước ngày)");
  private static final Pattern WHO = Pattern.compile(
      "(chủ trì|Chủ tịch|Bí thư|Giám đốc|Ban |Sở |Ủy ban|Tỉnh ủy|Văn phòng|ông |bà |đồng chí|Trưởng|phụ trách|giao )");
  private static final Pattern HAS_NUMBER = Pattern.compile("\\d");

  private final Library library;
  private final QuestionParser parser = new QuestionParser();

  public CitingAssistant(Library library) {
    this.library = library;
  }

  @Override
  public Answer ask(String text) throws InvalidQueryException {
    Question q = parser.parse(text);
    if (q.searchText().isBlank()) {
      throw new InvalidQueryException("empty_question", "Câu hỏi trống: hãy gõ điều cần tìm.");
    }
    return switch (q.kind()) {
      case DOCUMENT -> document(q);
      case LIST -> list(q);
      case COUNT -> sentence(q, "count", HAS_NUMBER);
      case WHEN -> sentence(q, "passage", DATE);
      case WHO -> sentence(q, "passage", WHO);
      case PASSAGE -> passages(q);
    };
  }

  // ---------- documents by number ----------

  private Answer document(Question q) throws InvalidQueryException {
    List<SearchHit> hits = library.search(SearchRequest.of(q.documentNumber(), PASSAGES)).hits();
    Optional<NumberQuery> asked = NumberQuery.parse(q.documentNumber()).or(() -> NumberQuery.find(q.documentNumber()));
    Optional<DocumentNumber> formal = DocumentNumber.findAll(q.text()).stream().findFirst();
    Optional<SearchHit> match = hits.stream().filter(h -> formal.isPresent()
        ? h.docNumber() != null && DocumentNumber.parse(h.docNumber()).map(n -> n.key().equals(formal.get().key())).orElse(false)
        : asked.isPresent() && sameNumber(asked.get(), h.docNumber())).findFirst();
    if (match.isEmpty()) {
      String number = formal.map(DocumentNumber::raw).orElse(asked.map(NumberQuery::number).orElse(q.documentNumber()));
      return none(q, "Kho văn bản chưa có văn bản số " + number + ".", hits, null);
    }
    DocumentView view = library.document(match.get().docId()).orElseThrow();
    var d = view.summary();
    StringBuilder answer = new StringBuilder(Citations.name(d));
    String date = Citations.date(d.date());
    if (!date.isEmpty()) answer.append(' ').append(date);
    if (d.issuer() != null) answer.append(" của ").append(d.issuer());
    if (d.title() != null) answer.append(": ").append(d.title());
    answer.append('.');
    List<Answer.Citation> citations = new ArrayList<>();
    for (Section s : view.sections().subList(0, Math.min(3, view.sections().size()))) citations.add(Citations.of(d, s));
    return new Answer(q.text(), "document", answer.toString(), List.of(), citations);
  }

  private static boolean sameNumber(NumberQuery asked, String docNumber) {
    if (docNumber == null) return false;
    Optional<DocumentNumber> n = DocumentNumber.parse(docNumber);
    if (n.isEmpty()) return false;
    if (!stripZeros(n.get().number()).equals(stripZeros(asked.number()))) return false;
    if (asked.type() != null && n.get().type() != null && !QuestionParser.fold(asked.type()).equals(QuestionParser.fold(n.get().type()))) {
      return false;
    }
    return asked.year() == null || asked.year().equals(n.get().year());
  }

  private static String stripZeros(String s) {
    String t = s == null ? "" : s.replaceFirst("^0+(?=\\d)", "");
    return t;
  }

  // ---------- lists ----------

  private record ListCandidate(DocumentView view, Lists.Found list, SearchHit hit, double score) {}

  private Answer list(Question q) throws InvalidQueryException {
    List<SearchHit> hits = search(q);
    if (hits.isEmpty()) return none(q, "Không tìm thấy văn bản nào nói về nội dung này.", hits, null);
    Map<String, DocumentView> views = new HashMap<>();
    Map<String, List<Lists.Found>> lists = new HashMap<>();
    List<ListCandidate> candidates = new ArrayList<>();
    SearchHit mention = null;
    double mentionScore = 0;
    List<String> questionWords = Sentences.sequence(q.keywords());
    String countedPhrase = q.count() == null || q.noun() == null ? null : q.count() + " " + q.noun();
    for (int rank = 0; rank < hits.size(); rank++) {
      SearchHit hit = hits.get(rank);
      boolean near = rank < LIST_DEPTH;
      DocumentView view = views.computeIfAbsent(hit.docId(), id -> library.document(id).orElse(null));
      if (view == null) continue;
      List<Lists.Found> found = lists.computeIfAbsent(hit.docId(), id -> Lists.of(view.sections()));
      boolean inList = found.stream().anyMatch(l -> l.contains(hit.anchor()));
      for (Lists.Found l : found) {
        // a hit on a list counts fully; a hit elsewhere in the document (its introduction, say) counts for the
        // document's lists that are about the asked noun
        boolean about = q.noun() != null && QuestionParser.fold((l.lead() == null ? "" : l.lead().text()) + " "
            + String.join(" ", l.items().get(0).path())).contains(q.noun());
        if (!near || !l.contains(hit.anchor()) && (inList || !about)) continue;
        double score = hit.score() * (l.contains(hit.anchor()) ? 1.0 : 0.8);
        String leadText = l.lead() == null ? "" : QuestionParser.fold(l.lead().text());
        String heading = QuestionParser.fold(String.join(" ", l.items().get(0).path()));
        if (q.noun() != null && (leadText.contains(q.noun()) || heading.contains(q.noun()))) score *= 1.5;
        score *= 0.5 + Sentences.match(questionWords, (l.lead() == null ? "" : l.lead().text()) + " " + heading + " "
            + view.summary().title() + " " + view.summary().docNumber());
        if (q.count() != null && q.count() == l.items().size()) score *= 1.5;
        if (countedPhrase != null && leadText.contains(countedPhrase)) score *= 1.5;
        candidates.add(new ListCandidate(view, l, hit, score));
      }
      String folded = QuestionParser.fold(hit.text());
      boolean guide = "guide".equals(view.summary().kind()); // the user guide quotes example questions
      if (!inList && !guide && mention == null && countedPhrase != null && folded.contains(countedPhrase)) {
        mention = hit;
        mentionScore = hit.score() * 1.5 * 1.5 * (0.5 + Sentences.match(questionWords, hit.text()));
      }
    }
    Optional<ListCandidate> best = candidates.stream().max(Comparator.comparingDouble(ListCandidate::score));
    if (best.isPresent() && (mention == null || best.get().score() >= mentionScore)) {
      return listAnswer(q, best.get(), mention);
    }
    if (mention != null) return notListed(q, mention, hits);
    return passages(q, hits);
  }

  private Answer listAnswer(Question q, ListCandidate c, SearchHit mention) {
    var d = c.view().summary();
    List<Answer.Citation> citations = new ArrayList<>();
    List<Answer.Item> items = new ArrayList<>();
    if (c.list().lead() != null) citations.add(Citations.of(d, c.list().lead()));
    for (Section s : c.list().items()) {
      items.add(new Answer.Item(Lists.itemText(s), citations.size()));
      citations.add(Citations.of(d, s));
    }
    int n = items.size();
    String noun = q.noun() == null ? "mục" : original(c.list().lead() != null ? c.list().lead().text()
        : String.join(" ", c.list().items().get(0).path()), q.noun());
    StringBuilder answer = new StringBuilder(Citations.name(d)).append(" nêu ").append(n).append(' ').append(noun);
    if (q.count() != null && q.count() != n) {
      answer.append(" (câu hỏi nêu ").append(q.count()).append(", văn bản liệt kê ").append(n).append(')');
    }
    answer.append(':');
    if (mention != null && !mention.docId().equals(d.docId())) {
      answer.append(" (").append(Citations.name(mention)).append(" cũng nhắc đến ").append(q.count()).append(' ')
          .append(original(mention.text(), q.count() + " " + q.noun())).append(" nhưng không liệt kê [")
          .append(citations.size() + 1).append("].)");
      citations.add(Citations.of(mention));
    }
    return new Answer(q.text(), "list", answer.toString(), items, citations);
  }

  /** The words after the count in the lead-in, as written ("nhiệm vụ trọng tâm"). */
  private static String nounPhrase(String leadText, Question q) {
    if (q.noun() == null) return null;
    return original(leadText, q.noun());
  }

  /** The words of text whose folded form is the folded phrase, as written there; else the phrase. */
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
    return foldedPhrase;
  }

  private Answer notListed(Question q, SearchHit mention, List<SearchHit> hits) {
    List<Answer.Citation> citations = new ArrayList<>();
    citations.add(Citations.of(mention));
    hits.stream().filter(h -> h.docId().equals(mention.docId()) && !h.anchor().equals(mention.anchor()))
        .limit(PASSAGES - 1).sorted(Comparator.comparingInt(SearchHit::ordinal)).forEach(h -> citations.add(Citations.of(h)));
    String phrase = q.count() + " " + original(mention.text(), q.count() + " " + q.noun());
    String answer = Citations.name(mention) + " nhắc đến " + phrase + " [1] nhưng không liệt kê cụ thể từng mục; "
        + "kho văn bản không có danh sách này."
        + (citations.size() > 1 ? " Các đoạn dưới đây nói về nhiệm vụ theo từng lĩnh vực." : "");
    return new Answer(q.text(), "passage", answer, List.of(), citations);
  }

  // ---------- counts, who, when: the sentence that says it ----------

  private Answer sentence(Question q, String kind, Pattern wanted) throws InvalidQueryException {
    List<SearchHit> hits = search(q);
    List<String> words = Sentences.sequence(q.keywords());
    SearchHit bestHit = null;
    String best = null;
    double bestScore = 0;
    // the sentence comes from one of the best few passages: the ranking already weighed the whole question
    for (int i = 0; i < Math.min(SENTENCE_DEPTH, hits.size()); i++) {
      SearchHit h = hits.get(i);
      for (String s : Sentences.split(h.text())) {
        if (!wanted.matcher(s).find()) continue;
        double score = Sentences.match(words, s + " " + String.join(" ", h.path())) * (1.0 - i * 0.1);
        if (q.noun() != null && QuestionParser.fold(s).matches(".*\\d+[,.%]*\\s+" + Pattern.quote(q.noun()) + ".*")) score *= 1.5;
        if (score > bestScore) {
          bestScore = score;
          best = s;
          bestHit = h;
        }
      }
    }
    if (bestHit == null || bestScore < MIN_COVERAGE * 0.8) return passages(q, hits);
    List<Answer.Citation> citations = new ArrayList<>();
    citations.add(Citations.of(bestHit));
    SearchHit chosen = bestHit;
    hits.stream().filter(h -> h != chosen).limit(2).forEach(h -> citations.add(Citations.of(h)));
    return new Answer(q.text(), kind, "Theo " + Citations.name(bestHit) + ": “" + best + "” [1]", List.of(), citations);
  }

  // ---------- everything else: the best passages ----------

  private Answer passages(Question q) throws InvalidQueryException {
    return passages(q, search(q));
  }

  private Answer passages(Question q, List<SearchHit> hits) {
    if (hits.isEmpty() || Sentences.coverage(Sentences.words(q.keywords()), text(hits.get(0))) < MIN_COVERAGE) {
      return none(q, "Kho văn bản không có đoạn nào trả lời trực tiếp câu hỏi này.", hits, null);
    }
    List<Answer.Citation> citations = hits.stream().limit(PASSAGES).map(Citations::of).toList();
    SearchHit top = hits.get(0);
    Set<String> words = Sentences.words(q.keywords());
    String best = Sentences.split(top.text()).stream()
        .max(Comparator.comparingDouble(s -> Sentences.coverage(words, s))).orElse(top.text());
    String where = top.path().isEmpty() ? "" : " (" + String.join(" › ", top.path()) + ")";
    return new Answer(q.text(), "passage", "Đoạn phù hợp nhất, " + Citations.name(top) + where + ": “" + best + "” [1]",
        List.of(), citations);
  }

  private Answer none(Question q, String message, List<SearchHit> hits, String unused) {
    List<Answer.Citation> closest = hits.stream().limit(3).map(Citations::of).toList();
    String answer = message + (closest.isEmpty() ? "" : " Các đoạn gần nhất được nêu dưới đây để tham khảo.");
    return new Answer(q.text(), "none", answer, List.of(), closest);
  }

  private List<SearchHit> search(Question q) throws InvalidQueryException {
    return library.search(SearchRequest.of(q.searchText(), HITS)).hits();
  }

  private static String text(SearchHit h) {
    return h.text() + " " + String.join(" ", h.path()) + " " + (h.title() == null ? "" : h.title());
  }
}
