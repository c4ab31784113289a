package vn.sotay.answer;

import java.util.List;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;
import vn.sotay.search.Viewer;

/**
 * Answers a question the way a careful clerk would: understands it ({@link QuestionParser}), searches, and quotes
 * the passages that answer it, every claim cited. When the documents do not hold the answer it says so and shows
 * the closest passages. Each question is answered from the library as its viewer sees it, so no part of an answer
 * (passages, lists, document look-ups, "not found" suggestions) can draw on a document the viewer may not see.
 * Thread-safe.
 */
public final class CitingAssistant implements Assistant {
  static final int HITS = 20;

  private final Library library;
  private final QuestionParser parser = new QuestionParser();

  public CitingAssistant(Library library) {
    this.library = library;
  }

  @Override
  public Answer ask(String text, Viewer viewer) throws InvalidQueryException {
    Question q = parser.parse(text);
    if (q.searchText().isBlank()) {
      throw new InvalidQueryException("empty_question", "Câu hỏi trống: hãy gõ điều cần tìm.");
    }
    Library library = this.library.seenBy(viewer);
    Replies replies = new Replies(library);
    SentenceAnswers sentences = new SentenceAnswers(replies);
    DocumentAnswers documents = new DocumentAnswers(library, replies);
    return switch (q.kind()) {
      case DOCUMENT -> documents.answer(q, DocumentAnswers.Aspect.SUBJECT);
      case WHO, WHEN -> {
        DocumentAnswers.Aspect aspect = aboutTheDocumentItself(q);
        yield aspect != null ? documents.answer(q, aspect) : sentences.answer(q, search(library, q));
      }
      case LIST -> new ListAnswers(library, replies).answer(q, search(library, q));
      case COUNT -> sentences.answer(q, search(library, q));
      case PASSAGE -> replies.passages(q, search(library, q));
    };
  }

  /** "Ai ký Nghị quyết 05?", "Nghị quyết 05 ban hành ngày nào?": asked of the document's own record. */
  private static DocumentAnswers.Aspect aboutTheDocumentItself(Question q) {
    if (q.documentNumber() == null) return null;
    String folded = " " + QuestionParser.fold(q.text() + " " + q.searchText()) + " "; // as typed, and in Vietnamese
    boolean signing = folded.contains(" ky ") || folded.contains(" ky ten ");
    if (q.kind() == Question.Kind.WHO && signing) return DocumentAnswers.Aspect.SIGNER;
    if (q.kind() == Question.Kind.WHEN && (signing || folded.contains(" ban hanh "))) return DocumentAnswers.Aspect.DATE;
    return null;
  }

  private static List<SearchHit> search(Library library, Question q) throws InvalidQueryException {
    return library.search(SearchRequest.of(q.searchText(), HITS)).hits();
  }
}
