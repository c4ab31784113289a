package vn.sotay.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotay.answer.Answer;
import vn.sotay.answer.Assistant;
import vn.sotay.search.DocumentView;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchRequest;
import vn.sotay.search.Section;
import vn.sotay.search.Viewer;
import vn.sotay.telegram.BotAction.DocumentCard;
import vn.sotay.telegram.BotAction.FullPassage;
import vn.sotay.telegram.BotAction.LatestPage;
import vn.sotay.telegram.BotAction.SearchPage;
import vn.sotay.telegram.Reply.Button;

/**
 * Each request answered from the engine as the chat's viewer sees it: the assistant for questions, the library for
 * everything else.
 */
final class Replies {
  static final int CANDIDATES = 5;

  private final Library library;
  private final Assistant assistant;
  private final AnswerFormatter answers;
  private final ListingFormatter listings = new ListingFormatter();
  private final DocumentFormatter documents;

  Replies(Library library, Assistant assistant, WebLinks links) {
    this.library = library;
    this.assistant = assistant;
    this.answers = new AnswerFormatter(links);
    this.documents = new DocumentFormatter(links);
  }

  /** A question's cited answer; brief (for groups) names the bot to ask privately for the rest. */
  Reply answer(String question, String briefFor, Viewer viewer) throws InvalidQueryException {
    Answer a = assistant.ask(question, viewer);
    return briefFor == null ? answers.full(a) : answers.brief(a, briefFor);
  }

  Reply searchPage(String query, int offset, Viewer viewer) throws InvalidQueryException {
    SearchRequest request = SearchRequest.of(query, ListingFormatter.PAGE).withPage(ListingFormatter.PAGE, offset);
    return listings.searchPage(query, library.seenBy(viewer).search(request), offset);
  }

  Reply latest(int offset, Viewer viewer) {
    Library seen = library.seenBy(viewer);
    return listings.latestPage(seen.documents(null, null, null, ListingFormatter.PAGE, offset),
        seen.countDocuments(null, null, null), offset);
  }

  /**
   * The document with this number: the assistant recognises numbers in any typing ("05-NQ/TU", "nq 05"); when it
   * finds none, the closest documents the library finds are offered instead of a guess.
   */
  Reply document(String number, Viewer viewer) throws InvalidQueryException {
    Answer a = assistant.ask(number, viewer);
    if ("document".equals(a.kind()) && !a.citations().isEmpty()) {
      return documentCard(a.citations().get(0).docId(), 0, viewer);
    }
    Map<String, SearchHit> closest = new LinkedHashMap<>();
    for (SearchHit h : library.seenBy(viewer).search(SearchRequest.of(number, 20)).hits()) {
      if (closest.size() < CANDIDATES) closest.putIfAbsent(h.docId(), h);
    }
    String asked = Html.escape(Html.shorten(number, 100));
    if (closest.isEmpty()) return Reply.of("Không tìm thấy văn bản nào khớp với “" + asked + "”.");
    StringBuilder text = new StringBuilder("Kho chưa có văn bản số “").append(asked).append("”. Các văn bản gần nhất:");
    List<Button> buttons = new ArrayList<>();
    int n = 1;
    for (SearchHit h : closest.values()) {
      text.append("\n<b>").append(n).append(".</b> ").append(DocumentNames.name(h.docType(), h.docNumber(), h.title()));
      buttons.add(new Button("Văn bản " + n++, new DocumentCard(h.docId(), 0, false)));
    }
    return new Reply(List.of(text.toString()), List.of(buttons));
  }

  Reply documentCard(String docId, int offset, Viewer viewer) {
    return library.seenBy(viewer).document(docId).map(view -> documents.card(view, offset))
        .orElseGet(() -> Reply.of(Notices.passageGone()));
  }

  Reply passage(String docId, String anchor, Viewer viewer) {
    Optional<DocumentView> view = library.seenBy(viewer).document(docId);
    Optional<Section> section = view.flatMap(v -> v.sections().stream().filter(s -> s.anchor().equals(anchor)).findFirst());
    return section.isPresent() ? documents.passage(view.get(), section.get()) : Reply.of(Notices.passageGone());
  }

  /** What a button asks for, as the one who pressed it sees the documents. */
  Reply perform(BotAction action, Viewer viewer) throws InvalidQueryException {
    return switch (action) {
      case SearchPage p -> searchPage(p.query(), p.offset(), viewer);
      case LatestPage p -> latest(p.offset(), viewer);
      case DocumentCard c -> documentCard(c.docId(), c.offset(), viewer);
      case FullPassage p -> passage(p.docId(), p.anchor(), viewer);
    };
  }
}
