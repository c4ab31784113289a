package vn.sotay.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.sotay.index.Fields;

/**
 * Snippets with matched words in {@code <mark>}, everything else HTML-escaped. The accented field is tried first;
 * when the user typed without accents only the folded field matches, and its offsets point into the same text.
 */
final class Highlighting {
  private static final int SNIPPET_CHARS = 300;
  private final Analyzer analyzer;

  Highlighting(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  String[] highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000)
        .build();
    String[] fields = {Fields.BODY, Fields.BODY_FOLDED};
    var byField = highlighter.highlightFields(fields, query, top, new int[] {2, 2});
    String[] accented = byField.get(Fields.BODY);
    String[] folded = byField.get(Fields.BODY_FOLDED);
    String[] out = new String[top.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      String a = accented == null ? null : accented[i];
      String f = folded == null ? null : folded[i];
      out[i] = a != null && a.contains("<mark>") ? a : f != null && f.contains("<mark>") ? f : null;
    }
    return out;
  }

  /** Used when nothing in the passage matched (a document-number hit, say): its start, escaped. */
  static String plain(String text) {
    String cut = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + " …" : text;
    return escape(cut);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
