package vn.sotay.telegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.sotay.answer.Answer;
import vn.sotay.telegram.BotAction.DocumentCard;
import vn.sotay.telegram.BotAction.FullPassage;
import vn.sotay.telegram.BotAction.SearchPage;
import vn.sotay.telegram.Reply.Button;

/**
 * A cited answer as messages: the short answer, the list items numbered with their source, then every source as
 * document number, heading path, a short quote and (when the web page is public) a link to the passage.
 */
final class AnswerFormatter {
  static final int QUOTE_CHARS = 220;
  static final int BRIEF_ITEMS = 10;
  static final int BRIEF_ITEM_CHARS = 160;
  static final int BRIEF_ANSWER_CHARS = 600;

  private final WebLinks links;

  AnswerFormatter(WebLinks links) {
    this.links = links;
  }

  /** The whole answer, for a private chat. */
  Reply full(Answer a) {
    List<String> blocks = new ArrayList<>();
    blocks.add(Html.escape(a.answer()));
    if (!a.items().isEmpty()) {
      StringBuilder items = new StringBuilder();
      int n = 1;
      for (Answer.Item item : a.items()) {
        if (n > 1) items.append('\n');
        items.append("<b>").append(n++).append(".</b> ").append(Html.escape(item.text())).append(' ')
            .append(sourceMark(item.citation()));
      }
      blocks.add(items.toString());
    }
    blocks.addAll(sources(a));
    return new Reply(blocks, keyboard(a));
  }

  /** A short answer for a group: the answer, at most a few items, the first source; the rest is a tap away. */
  Reply brief(Answer a, String botUsername) {
    StringBuilder s = new StringBuilder(Html.escape(Html.shorten(a.answer(), BRIEF_ANSWER_CHARS)));
    boolean cut = a.answer().length() > BRIEF_ANSWER_CHARS;
    int n = 1;
    for (Answer.Item item : a.items().subList(0, Math.min(BRIEF_ITEMS, a.items().size()))) {
      s.append("\n<b>").append(n++).append(".</b> ").append(Html.escape(Html.shorten(item.text(), BRIEF_ITEM_CHARS)));
      cut |= item.text().length() > BRIEF_ITEM_CHARS;
    }
    if (a.items().size() > BRIEF_ITEMS) {
      s.append("\n… và ").append(a.items().size() - BRIEF_ITEMS).append(" mục nữa.");
      cut = true;
    }
    if (!a.citations().isEmpty()) {
      Answer.Citation c = a.citations().get(0);
      s.append("\n\nNguồn: ").append(DocumentNames.place(c.docNumber(), c.title(), c.path()))
          .append(DocumentNames.internalMark(c.access()));
      if (a.citations().size() > 1) s.append(" (và ").append(a.citations().size() - 1).append(" nguồn khác)");
      links.of(c.url()).ifPresent(url -> s.append('\n').append(Html.link(url, "Xem trên trang web")));
    }
    if ((cut || a.citations().size() > 1) && botUsername != null && !botUsername.isEmpty()) {
      s.append("\n<i>Câu trả lời đầy đủ: nhắn riêng cho @").append(Html.escape(botUsername)).append(".</i>");
    }
    return new Reply(List.of(s.toString()), keyboard(a));
  }

  /**
   * Every source as its place, a short quote and a link. A source whose whole text is already shown as a list
   * item is not quoted again: such sources from one place share a line, each mark linking to its passage.
   */
  private List<String> sources(Answer a) {
    Set<Integer> shownAsItems = new HashSet<>();
    for (Answer.Item item : a.items()) {
      Answer.Citation c = a.citations().get(item.citation());
      if (c.quote().strip().endsWith(item.text().strip())) shownAsItems.add(item.citation());
    }
    List<String> blocks = new ArrayList<>();
    StringBuilder shared = null;
    String sharedPlace = null;
    for (int i = 0; i < a.citations().size(); i++) {
      Answer.Citation c = a.citations().get(i);
      String place = DocumentNames.place(c.docNumber(), c.title(), c.path()) + DocumentNames.internalMark(c.access());
      if (shownAsItems.contains(i)) {
        if (shared == null || !place.equals(sharedPlace)) {
          if (shared != null) blocks.add(shared.toString());
          shared = new StringBuilder(place).append(':');
          sharedPlace = place;
        }
        String mark = sourceMark(i);
        shared.append(' ').append(links.of(c.url()).map(url -> Html.link(url, mark)).orElse(mark));
        continue;
      }
      if (shared != null) {
        blocks.add(shared.toString());
        shared = null;
      }
      StringBuilder block = new StringBuilder(sourceMark(i)).append(' ').append(place)
          .append("\n<i>“").append(Html.escape(Html.shorten(c.quote(), QUOTE_CHARS))).append("”</i>");
      links.of(c.url()).ifPresent(url -> block.append('\n').append(Html.link(url, "Xem đoạn này trên trang web")));
      blocks.add(block.toString());
    }
    if (shared != null) blocks.add(shared.toString());
    if (!blocks.isEmpty()) blocks.set(0, "<b>Nguồn</b>\n" + blocks.get(0));
    return blocks;
  }

  private static List<List<Button>> keyboard(Answer a) {
    List<List<Button>> rows = new ArrayList<>();
    if (!a.citations().isEmpty()) {
      Answer.Citation first = a.citations().get(0);
      rows.add(List.of(new Button("Toàn văn [1]", new FullPassage(first.docId(), first.anchor())),
          new Button("Văn bản", new DocumentCard(first.docId(), 0, false))));
      rows.add(List.of(new Button("Xem thêm kết quả", new SearchPage(a.question(), 0, false))));
    }
    return rows;
  }

  private static String sourceMark(int citation) {
    return "[" + (citation + 1) + "]";
  }
}
