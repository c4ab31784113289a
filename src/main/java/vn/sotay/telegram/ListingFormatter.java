package vn.sotay.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.sotay.search.DocumentSummary;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchResponse;
import vn.sotay.search.SearchRequest;
import vn.sotay.telegram.BotAction.DocumentCard;
import vn.sotay.telegram.BotAction.FullPassage;
import vn.sotay.telegram.BotAction.LatestPage;
import vn.sotay.telegram.BotAction.SearchPage;
import vn.sotay.telegram.Reply.Button;

/**
 * Pages of a list (passages found, newest documents): a heading with the range shown, numbered entries, a button
 * per entry and "Trước"/"Xem thêm" to page in place. A page always fits one message.
 */
final class ListingFormatter {
  static final int PAGE = 5;
  static final int SNIPPET_CHARS = 300;
  private static final int BUTTONS_PER_ROW = 3;

  Reply searchPage(String query, SearchResponse response, int offset) {
    List<SearchHit> hits = response.hits();
    if (hits.isEmpty()) {
      String text = offset == 0
          ? "Không tìm thấy đoạn nào khớp với “" + Html.escape(Html.shorten(query, 200)) + "”. Hãy thử từ khóa khác hoặc số ký hiệu văn bản."
          : "Không còn kết quả nào nữa cho “" + Html.escape(Html.shorten(query, 200)) + "”.";
      return Reply.of(text);
    }
    List<String> blocks = new ArrayList<>();
    blocks.add("<b>Tìm “" + Html.escape(Html.shorten(query, 200)) + "”</b>: " + range(offset, hits.size(), response.total()));
    List<Button> entries = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      SearchHit h = hits.get(i);
      int n = offset + i + 1;
      blocks.add("<b>" + n + ".</b> " + DocumentNames.place(h.docNumber(), h.title(), h.path())
          + DocumentNames.internalMark(h.access()) + "\n"
          + Html.escape(Html.shorten(h.text(), SNIPPET_CHARS)));
      entries.add(new Button("Toàn văn " + n, new FullPassage(h.docId(), h.anchor())));
    }
    return new Reply(blocks, rows(entries, offset, hits.size(), response.total(), o -> new SearchPage(query, o, true)));
  }

  Reply latestPage(List<DocumentSummary> documents, long total, int offset) {
    if (documents.isEmpty()) return Reply.of(offset == 0 ? "Kho chưa có văn bản nào." : "Không còn văn bản nào nữa.");
    List<String> blocks = new ArrayList<>();
    blocks.add("<b>Văn bản mới nhất</b>: " + range(offset, documents.size(), total));
    List<Button> entries = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      DocumentSummary d = documents.get(i);
      int n = offset + i + 1;
      String date = DocumentNames.date(d.date());
      StringBuilder entry = new StringBuilder("<b>").append(n).append(".</b> <b>")
          .append(DocumentNames.name(d.docType(), d.docNumber(), d.title())).append("</b>")
          .append(DocumentNames.internalMark(d.access()));
      if (!date.isEmpty()) entry.append(" ngày ").append(date);
      if (d.issuer() != null) entry.append(" của ").append(Html.escape(d.issuer()));
      if (d.docNumber() != null && d.title() != null) entry.append('\n').append(Html.escape(Html.shorten(d.title(), 200)));
      blocks.add(entry.toString());
      entries.add(new Button("Văn bản " + n, new DocumentCard(d.docId(), 0, false)));
    }
    return new Reply(blocks, rows(entries, offset, documents.size(), total, o -> new LatestPage(o, true)));
  }

  /** "1–5 trong 23" */
  static String range(int offset, int shown, long total) {
    return (offset + 1) + "–" + (offset + shown) + " trong " + total;
  }

  /** Entry buttons a few to a row, then the paging row (pages of {@value #PAGE}). */
  static List<List<Button>> rows(List<Button> entries, int offset, int shown, long total, IntFunction<BotAction> page) {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i += BUTTONS_PER_ROW) {
      rows.add(entries.subList(i, Math.min(entries.size(), i + BUTTONS_PER_ROW)));
    }
    rows.add(paging(offset, shown, total, PAGE, page));
    return rows;
  }

  /** "« Trước" and "Xem thêm »" where there is a page before or after. */
  static List<Button> paging(int offset, int shown, long total, int pageSize, IntFunction<BotAction> page) {
    List<Button> nav = new ArrayList<>();
    if (offset > 0) nav.add(new Button("« Trước", page.apply(Math.max(0, offset - pageSize))));
    if (offset + shown < total && offset + pageSize <= SearchRequest.MAX_OFFSET) {
      nav.add(new Button("Xem thêm »", page.apply(offset + pageSize)));
    }
    return nav;
  }
}
