package vn.sotay.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.sotay.index.Fields;

/**
 * Snippets with matched words in {@code <mark>}, everything else HTML-escaped. The accented field is tried first;
 * passages it left unmarked (the user typed without accents) are tried on the folded field. The index keeps no
 * offsets: the highlighter analyses the stored body again with each field's analyzer, so folded matches point into
 * the same text.
 */
final class Highlighting {
  private static final int SNIPPET_CHARS = 300;
  private final Analyzer analyzer;

  Highlighting(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** {@code texts[i]} is the stored body of {@code page[i]}: both fields highlight that text, read once already. */
  String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] page, String[] texts) throws IOException {
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < page.length; i++) byDoc.put(page[i].doc, texts[i]);
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000)
        // plain term matching over the analysed text: with these on, the highlighter builds an in-memory index of
        // every shown passage (most of its cost) to find the same terms
        .withWeightMatches(false)
        .withPassageRelevancyOverSpeed(false);
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
          throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          CharSequence[] perField = new CharSequence[fields.length];
          Arrays.fill(perField, byDoc.get(doc));
          values.add(perField);
        }
        return values;
      }
    };
    String[] out = marked(highlighter.highlight(Fields.BODY, termsOf(query, Fields.BODY), topDocs(page), 2));
    List<Integer> unmarked = new ArrayList<>();
    for (int i = 0; i < out.length; i++) if (out[i] == null) unmarked.add(i);
    if (unmarked.isEmpty()) return out;
    ScoreDoc[] rest = unmarked.stream().map(i -> page[i]).toArray(ScoreDoc[]::new);
    String[] folded = marked(highlighter.highlight(Fields.BODY_FOLDED, termsOf(query, Fields.BODY_FOLDED), topDocs(rest), 2));
    for (int j = 0; j < rest.length; j++) out[unmarked.get(j)] = folded[j];
    return out;
  }

  /**
   * The query's terms on one field, as a query of their own: the highlighter asks every clause of the query it is
   * given where it matches, in every passage, and the full query has a clause per term for each of twelve fields.
   */
  static Query termsOf(Query query, String field) {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Term t : terms) if (t.field().equals(field)) b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static TopDocs topDocs(ScoreDoc[] docs) {
    return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
  }

  private static String[] marked(String[] snippets) {
    String[] out = new String[snippets.length];
    for (int i = 0; i < out.length; i++) out[i] = snippets[i] != null && snippets[i].contains("<mark>") ? snippets[i] : null;
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
