package vn.sotay.answer;

import java.util.List;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;

/**
 * Answers a question the way a careful clerk would: understands it ({@link QuestionParser}), searches, and quotes
 * the passages that answer it, every claim cited. When the documents do not hold the answer it says so and shows
 * the closest passages. Thread-safe.
 */
public final class CitingAssistant implements Assistant {
  static final int HITS = 20;

  private final Library library;
  private final QuestionParser parser = new QuestionParser();
  private final Replies replies;
  private final SentenceAnswers sentences;
  private final DocumentAnswers documents;

  public CitingAssistant(Library library) {
    this.library = library;
    this.replies = new Replies(library);
    this.sentences = new SentenceAnswers(replies);
    this.documents = new DocumentAnswers(library, replies);
  }

  @Override
  public Answer ask(String text) throws InvalidQueryException {
    Question q = parser.parse(text);
    if (q.searchText().isBlank()) {
      throw new InvalidQueryException("empty_question", "Câu hỏi trống: hãy gõ điều cần tìm.");
    }
    return switch (q.kind()) {
      case DOCUMENT -> documents.answer(q, DocumentAnswers.Aspect.SUBJECT);
      case WHO, WHEN -> {
        DocumentAnswers.Aspect aspect = aboutTheDocumentItself(q);
        yield aspect != null ? documents.answer(q, aspect) : sentences.answer(q, search(q));
      }
      case LIST -> new ListAnswers(library, replies).answer(q, search(q));
      case COUNT -> sentences.answer(q, search(q));
      case PASSAGE -> replies.passages(q, search(q));
    };
  }

  /** "Ai ký Nghị quyết 05?", "Nghị quyết 05 ban hành ngày nào?": asked of the document's own record. */
  private static DocumentAnswers.Aspect aboutTheDocumentItself(Question q) {
    if (q.documentNumber() == null) return null;
    String folded = " " + QuestionParser.fold(q.text()) + " ";
    boolean signing = folded.contains(" ky ") || folded.contains(" ky ten ");
    if (q.kind() == Question.Kind.WHO && signing) return DocumentAnswers.Aspect.SIGNER;
    if (q.kind() == Question.Kind.WHEN && (signing || folded.contains(" ban hanh "))) return DocumentAnswers.Aspect.DATE;
    return null;
  }

  private List<SearchHit> search(Question q) throws InvalidQueryException {
    return library.search(SearchRequest.of(q.searchText(), HITS)).hits();
  }
}
