package vn.sotay.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import vn.sotay.text.LegacyText;
import vn.sotay.text.VietnameseNormalizer;

/** .html files: block elements become lines, headings are marked, page furniture (nav, scripts, forms) dropped. */
final class HtmlReader {
  private static final int MAX_DEPTH = 200;

  SourceText read(byte[] bytes) throws UnreadableDocumentException {
    String html = new String(bytes, StandardCharsets.UTF_8);
    if (html.indexOf('\0') >= 0) throw new UnreadableDocumentException("Tệp nhị phân, không phải HTML");
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    doc.select("script, style, nav, header, footer, form, noscript, iframe, svg, button, aside").remove();
    List<Line> lines = new ArrayList<>();
    Element body = doc.body();
    if (body != null) collect(body, lines, new StringBuilder());
    String encoding = "UTF-8";
    List<Line> repaired = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Line l : lines) all.append(l.text()).append('\n');
    var legacy = LegacyText.detect(all.toString());
    for (Line l : lines) {
      String t = legacy.map(e -> LegacyText.convert(l.text(), e)).orElse(l.text());
      repaired.add(new Line(VietnameseNormalizer.normalize(t), l.heading()));
    }
    if (legacy.isPresent()) encoding = legacy.get().name();
    if (repaired.stream().allMatch(Line::blank)) throw new UnreadableDocumentException("Trang HTML không có nội dung văn bản");
    return new SourceText(repaired, encoding, Map.of());
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
          "blockquote", "pre", "ul", "ol", "dd", "dt", "main", "center" -> true;
      default -> false;
    };
  }

  private static void collect(Element root, List<Line> lines, StringBuilder current) {
    // iterative walk: deeply nested pages must not exhaust the stack
    record Step(Node node, boolean closing) {}
    java.util.ArrayDeque<Step> stack = new java.util.ArrayDeque<>();
    stack.push(new Step(root, false));
    boolean[] heading = {false};
    while (!stack.isEmpty()) {
      Step step = stack.pop();
      Node node = step.node();
      if (node instanceof TextNode t) {
        current.append(t.text());
        continue;
      }
      if (!(node instanceof Element e)) continue;
      String tag = e.normalName();
      boolean block = isBlock(tag);
      if (step.closing()) {
        if (block) flush(lines, current, heading[0]);
        if (tag.matches("h[1-6]")) heading[0] = false;
        continue;
      }
      if (block) flush(lines, current, heading[0]);
      if (tag.equals("li")) current.append(listMarker(e));
      if (tag.matches("h[1-6]")) heading[0] = true;
      if (tag.equals("td") || tag.equals("th")) current.append(' ');
      stack.push(new Step(e, true));
      List<Node> children = e.childNodes();
      for (int i = children.size() - 1; i >= 0; i--) stack.push(new Step(children.get(i), false));
    }
    flush(lines, current, false);
  }

  /** What a browser shows before a list item: "3. " in an ordered list (counting from its start), "- " otherwise. */
  private static String listMarker(Element li) {
    Element list = li.parent();
    if (list == null || !list.normalName().equals("ol")) return MARKER_PREFIX + "- ";
    int start = 1;
    try {
      if (list.hasAttr("start")) start = Integer.parseInt(list.attr("start").strip());
    } catch (NumberFormatException ignored) {
      // a malformed start attribute counts from 1, as browsers do
    }
    int n = start;
    for (Element sibling : list.children()) {
      if (sibling == li) break;
      if (sibling.normalName().equals("li")) n++;
    }
    return MARKER_PREFIX + n + ". ";
  }

  /** Marks a list marker the reader added, so an item that already numbers itself is not numbered twice. */
  private static final String MARKER_PREFIX = "\u0000";
  private static final java.util.regex.Pattern OWN_MARKER =
      java.util.regex.Pattern.compile("^\u0000(\\d+\\. |- )\\s*(\\d{1,3}[.)]|[a-zđ]\\)|[-+•–])\\s");

  private static void flush(List<Line> lines, StringBuilder current, boolean heading) {
    String raw = current.toString();
    if (OWN_MARKER.matcher(raw).find()) raw = raw.substring(raw.indexOf(' ') + 1);
    String text = raw.replace("\u0000", "").replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    if (text.matches("(\\d+\\.|-)")) text = ""; // an empty item
    current.setLength(0);
    if (!text.isEmpty()) {
      lines.add(new Line(text, heading));
      lines.add(Line.of(""));
    }
  }
}
