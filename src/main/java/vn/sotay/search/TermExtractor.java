package vn.sotay.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs the field's own analyzer over query text, so query terms are exactly what indexing produced. */
final class TermExtractor {
  private final Analyzer analyzer;

  TermExtractor(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Distinct terms in order of first appearance, at most {@code max}. */
  List<String> distinctTerms(String field, String text, int max) {
    LinkedHashSet<String> terms = new LinkedHashSet<>();
    for (String t : terms(field, text)) {
      if (terms.size() >= max) {
        break;
      }
      terms.add(t);
    }
    return new ArrayList<>(terms);
  }

  List<String> terms(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
