package vn.sotay.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;

/** The answers every kind falls back on: the best passages, or an honest "not in the documents". */
final class Replies {
  static final int PASSAGES = 5;
  /** Below this share of the question's words, the best passage does not answer it. */
  static final double MIN_COVERAGE = 0.5;

  private final Library library;

  Replies(Library library) {
    this.library = library;
  }

  /** The best passages, the sentence of the first that covers most of the question quoted; or none. */
  Answer passages(Question q, List<SearchHit> hits) {
    if (hits.isEmpty() || !answers(q, hits.get(0))) {
      return none(q, "Kho văn bản không có đoạn nào trả lời trực tiếp câu hỏi này.", hits);
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

  /** The passage holds enough of the question's information (its rare words above all) to answer it. */
  boolean answers(Question q, SearchHit hit) {
    return library.coverage(q.keywords(), text(hit)) >= MIN_COVERAGE;
  }

  /** The documents do not answer: say so, and show the closest passages for reference. */
  Answer none(Question q, String message, List<SearchHit> hits) {
    List<Answer.Citation> closest = hits.stream().limit(3).map(Citations::of).toList();
    String answer = message + (closest.isEmpty() ? "" : " Các đoạn gần nhất được nêu dưới đây để tham khảo.");
    return new Answer(q.text(), "none", answer, List.of(), closest);
  }

  /** What a passage says, with the headings, title, type and number of the document it sits in. */
  static String text(SearchHit h) {
    return h.text() + " " + String.join(" ", h.path()) + " " + (h.title() == null ? "" : h.title())
        + (h.docType() == null ? "" : " " + h.docType()) + (h.docNumber() == null ? "" : " " + h.docNumber());
  }
}
