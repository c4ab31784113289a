package vn.sotay.document;

import java.util.List;
import java.util.Map;

/** What a reader got out of one file: its paragraphs, the encoding they were in, and any front-matter fields. */
record SourceText(List<Line> lines, String encoding, Map<String, String> fields) {
  SourceText {
    lines = List.copyOf(lines);
    fields = Map.copyOf(fields);
  }

  /** How many characters the lines hold. */
  long chars() {
    return lines.stream().mapToLong(l -> l.text().length()).sum();
  }
}
