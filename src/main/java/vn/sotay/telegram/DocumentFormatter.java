package vn.sotay.telegram;

import java.util.ArrayList;
import java.util.List;
import vn.sotay.search.DocumentSummary;
import vn.sotay.search.DocumentView;
import vn.sotay.search.Section;
import vn.sotay.telegram.BotAction.DocumentCard;
import vn.sotay.telegram.Reply.Button;

/** A document's card with a page of its outline, and one passage in full. */
final class DocumentFormatter {
  static final int OUTLINE_PAGE = 20;

  /** One heading of the outline, at its depth (0 = top). */
  record OutlineEntry(int level, String heading) {}

  private final WebLinks links;

  DocumentFormatter(WebLinks links) {
    this.links = links;
  }

  Reply card(DocumentView view, int offset) {
    DocumentSummary d = view.summary();
    StringBuilder card = new StringBuilder("<b>").append(DocumentNames.name(d.docType(), d.docNumber(), d.title())).append("</b>")
        .append(DocumentNames.internalMark(d.access()));
    if (d.title() != null && d.docNumber() != null) card.append('\n').append(Html.escape(d.title()));
    if (d.issuer() != null) card.append("\nCơ quan ban hành: ").append(Html.escape(d.issuer()));
    String date = DocumentNames.date(d.date());
    if (!date.isEmpty()) card.append("\nNgày ban hành: ").append(date);
    card.append("\nSố đoạn: ").append(view.sections().size());
    links.document(d.docId()).ifPresent(url -> card.append('\n').append(Html.link(url, "Mở văn bản trên trang web")));

    List<OutlineEntry> outline = outline(view.sections());
    if (outline.isEmpty()) {
      return new Reply(List.of(card.toString(), "<i>Văn bản không chia mục.</i>"), List.of());
    }
    int from = Math.min(Math.max(0, offset), (outline.size() - 1) / OUTLINE_PAGE * OUTLINE_PAGE);
    List<OutlineEntry> page = outline.subList(from, Math.min(outline.size(), from + OUTLINE_PAGE));
    StringBuilder toc = new StringBuilder("<b>Mục lục</b> (")
        .append(ListingFormatter.range(from, page.size(), outline.size())).append(')');
    for (OutlineEntry e : page) {
      toc.append('\n').append("   ".repeat(e.level())).append(e.level() == 0 ? "• " : "– ")
          .append(Html.escape(Html.shorten(e.heading(), 120)));
    }
    List<Button> nav = ListingFormatter.paging(from, page.size(), outline.size(), OUTLINE_PAGE,
        o -> new DocumentCard(d.docId(), o, true));
    return new Reply(List.of(card.toString(), toc.toString()), List.of(nav));
  }

  Reply passage(DocumentView view, Section section) {
    DocumentSummary d = view.summary();
    List<String> blocks = new ArrayList<>();
    blocks.add("<b>" + DocumentNames.name(d.docType(), d.docNumber(), d.title()) + "</b>"
        + DocumentNames.internalMark(d.access()) + "\n"
        + DocumentNames.place(d.docNumber(), d.title(), section.path()));
    blocks.add(Html.escape(section.text()));
    links.passage(d.docId(), section.anchor()).ifPresent(url -> blocks.add(Html.link(url, "Xem đoạn này trên trang web")));
    return new Reply(blocks, List.of(List.of(new Button("Văn bản", new DocumentCard(d.docId(), 0, false)))));
  }

  /** Each heading once, where it first appears, as the web page's table of contents shows it. */
  static List<OutlineEntry> outline(List<Section> sections) {
    List<OutlineEntry> entries = new ArrayList<>();
    List<String> previous = List.of();
    for (Section s : sections) {
      int same = 0;
      while (same < previous.size() && same < s.path().size() && previous.get(same).equals(s.path().get(same))) same++;
      for (int level = same; level < s.path().size(); level++) {
        entries.add(new OutlineEntry(level, s.path().get(level)));
      }
      previous = s.path();
    }
    return entries;
  }
}
