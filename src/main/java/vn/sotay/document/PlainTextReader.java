package vn.sotay.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** .txt and .md files: decoded, front matter taken off, one Line per text line; Markdown marks become structure. */
final class PlainTextReader {
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern MD_EMPHASIS = Pattern.compile("`|\\*\\*|__|(?<!\\w)\\*(?=\\S)|(?<=\\S)\\*(?!\\w)");

  SourceText read(byte[] bytes, boolean markdown) throws UnreadableDocumentException {
    DecodedText decoded = DecodedText.of(bytes);
    FrontMatter front = FrontMatter.parse(decoded.text());
    List<Line> lines = new ArrayList<>();
    for (String raw : lines(front.body())) {
      String line = raw.strip();
      if (!markdown) {
        lines.add(Line.of(line));
        continue;
      }
      boolean heading = MD_HEADING.matcher(line).find();
      if (heading) line = MD_HEADING.matcher(line).replaceFirst("");
      if (line.startsWith(">")) line = line.substring(1).strip();
      if (line.matches("-{3,}|\\*{3,}|_{3,}")) line = "";
      if (line.startsWith("* ")) line = "- " + line.substring(2);
      line = MD_EMPHASIS.matcher(line).replaceAll("");
      lines.add(new Line(line.strip(), heading));
    }
    return new SourceText(lines, decoded.encoding(), front.fields());
  }

  /** The lines between \r\n, \r and \n, empty ones included (as split with a regex would, but without one). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
