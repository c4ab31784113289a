package vn.sotay.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.sotay.search.DocumentSummary;
import vn.sotay.search.DocumentView;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchRequest;
import vn.sotay.search.Section;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.DocumentTypes;
import vn.sotay.text.NumberQuery;

/**
 * "Nghị quyết 05 về gì?", "ai ký Nghị quyết 05?", "Nghị quyết 05 ban hành ngày nào?": the document with that
 * number, named with its date, issuer and subject (or its signer, or its date), its opening passages cited. The
 * number is matched leniently ("Kết luận 88" finds the notice 88-TB/TU whose subject is a conclusion), but a number
 * the library does not hold is said to be missing, never matched to a different one.
 */
final class DocumentAnswers {
  private static final int OPENING = 3;

  enum Aspect { SUBJECT, SIGNER, DATE }

  private final Library library;
  private final Replies replies;

  DocumentAnswers(Library library, Replies replies) {
    this.library = library;
    this.replies = replies;
  }

  Answer answer(Question q, Aspect aspect) throws InvalidQueryException {
    Optional<DocumentView> view = find(q.documentNumber()).flatMap(d -> library.document(d.docId()));
    if (view.isEmpty()) {
      Optional<DocumentNumber> formal = DocumentNumber.findAll(q.documentNumber()).stream().findFirst();
      String number = formal.map(DocumentNumber::raw).orElse(NumberQuery.find(q.documentNumber())
          .map(NumberQuery::number).orElse(q.documentNumber()));
      return replies.none(q, "Kho văn bản chưa có văn bản số " + number + ".",
          library.search(SearchRequest.of(q.documentNumber(), Replies.PASSAGES)).hits());
    }
    DocumentSummary d = view.get().summary();
    List<Answer.Citation> citations = new ArrayList<>();
    for (Section s : view.get().sections().stream().limit(OPENING).toList()) citations.add(Citations.of(d, s));
    String date = Citations.date(d.date());
    String answer = switch (aspect) {
      case SIGNER -> d.signer() == null
          ? Citations.name(d) + " không ghi rõ người ký trong phần văn bản được lưu."
          : Citations.name(d) + " do " + d.signer() + " ký" + (date.isEmpty() ? "" : " " + date) + ".";
      case DATE -> date.isEmpty()
          ? Citations.name(d) + " không ghi rõ ngày ban hành trong phần văn bản được lưu."
          : Citations.name(d) + " được ban hành " + date + (d.issuer() == null ? "" : " (" + d.issuer() + ")") + ".";
      case SUBJECT -> summary(d, date);
    };
    return new Answer(q.text(), "document", answer, List.of(), citations);
  }

  private static String summary(DocumentSummary d, String date) {
    StringBuilder answer = new StringBuilder(Citations.name(d));
    if (!date.isEmpty()) answer.append(' ').append(date);
    if (d.issuer() != null) answer.append(" của ").append(d.issuer());
    if (d.title() != null) answer.append(": ").append(d.title());
    if (d.signer() != null) answer.append(" Người ký: ").append(d.signer()).append('.');
    return answer.append(answer.toString().endsWith(".") ? "" : ".").toString();
  }

  /**
   * The document the typed number names: the full number when given; else the same serial (and year when typed)
   * of the typed type, or failing that the one whose subject names that type ("Kết luận 88"). Newest first.
   */
  private Optional<DocumentSummary> find(String typed) {
    Optional<DocumentNumber> formal = DocumentNumber.findAll(typed).stream().findFirst();
    if (formal.isPresent()) {
      String key = formal.get().key();
      return library.documentsNumbered(formal.get().number()).stream()
          .filter(d -> number(d).map(n -> n.key().equals(key)).orElse(false)).findFirst();
    }
    Optional<NumberQuery> asked = NumberQuery.find(typed);
    if (asked.isEmpty()) return Optional.empty();
    List<DocumentSummary> same =
        library.documentsNumbered(asked.get().number()).stream().filter(d -> sameSerial(asked.get(), d)).toList();
    if (asked.get().type() == null) return same.stream().findFirst();
    String askedType = asked.get().type();
    return same.stream().filter(d -> number(d).map(n -> n.type() != null && QuestionParser.fold(n.type()).equals(askedType)).orElse(false))
        .findFirst()
        .or(() -> same.stream().filter(d -> namesType(d, askedType)).max(Comparator.comparing(d -> d.date() == null ? "" : d.date())));
  }

  private static Optional<DocumentNumber> number(DocumentSummary d) {
    return d.docNumber() == null ? Optional.empty() : DocumentNumber.parse(d.docNumber());
  }

  /** Same serial (leading zeros aside), and the same year when one was typed. */
  private static boolean sameSerial(NumberQuery asked, DocumentSummary d) {
    Optional<DocumentNumber> n = number(d);
    return n.isPresent() && n.get().number().equals(DocumentNumber.serialKey(asked.number()))
        && (asked.year() == null || asked.year().equals(n.get().year()));
  }

  /** The document's subject names the asked type: a notice "Kết luận của Ban Thường vụ ..." for "Kết luận 88". */
  private static boolean namesType(DocumentSummary d, String typeCode) {
    String name = DocumentTypes.codeOf(typeCode).map(DocumentTypes::name).orElse(null);
    return name != null && d.title() != null && QuestionParser.fold(d.title()).contains(QuestionParser.fold(name));
  }

}
