package vn.sotay.answer;

import java.util.ArrayList;
import java.util.List;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;

/** INTERIM (replaced by the answer branch): the best passages as citations. */
public final class CitingAssistant implements Assistant {
  private final Library library;

  public CitingAssistant(Library library) {
    this.library = library;
  }

  @Override
  public Answer ask(String question) throws InvalidQueryException {
    List<Answer.Citation> citations = new ArrayList<>();
    for (SearchHit hit : library.search(SearchRequest.of(question, 5)).hits()) {
      citations.add(new Answer.Citation(hit.docId(), hit.title(), hit.docNumber(), hit.path(), hit.anchor(),
          hit.text(), hit.highlight(), "/documents/" + hit.docId() + "#" + hit.anchor()));
    }
    return new Answer(question, citations.isEmpty() ? "none" : "passage",
        citations.isEmpty() ? "Không tìm thấy đoạn văn bản phù hợp." : "Các đoạn văn bản liên quan nhất:",
        List.of(), citations);
  }
}
