package vn.sotay.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.sotay.index.Fields;

/**
 * Builds the scored part of a query from one phrasing of the user's text. Each syllable is searched accented
 * and folded, each pair of adjacent syllables as a bigram (accented and folded), over body, heading path and
 * title. Matching the accented form too is how exact accents outrank folded matches; bigrams reward phrases
 * and proximity; heading and title matches add to body matches.
 */
final class TextQueryBuilder {
  /** Weights of the four analyses of one field: accented, folded, accented bigrams, folded bigrams. */
  record FieldWeights(String base, float accented, float folded, float bigrams, float foldedBigrams) {}

  static final List<FieldWeights> DEFAULT_WEIGHTS = List.of(
      new FieldWeights(Fields.BODY, 1.0f, 0.6f, 0.9f, 0.6f),
      new FieldWeights(Fields.HEADING, 0.5f, 0.3f, 0.5f, 0.3f),
      new FieldWeights(Fields.TITLE, 0.3f, 0.2f, 0.3f, 0.2f));

  private final TermExtractor extractor;
  private final List<FieldWeights> weights;

  TextQueryBuilder(TermExtractor extractor, List<FieldWeights> weights) {
    this.extractor = extractor;
    this.weights = List.copyOf(weights);
  }

  /** Null when the text has no searchable term (only punctuation, say). */
  Query build(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (FieldWeights w : weights) {
      clauses += addTerms(all, w.base(), text, w.accented());
      clauses += addTerms(all, w.base() + "_f", text, w.folded());
      clauses += addTerms(all, w.base() + "_b", text, w.bigrams());
      clauses += addTerms(all, w.base() + "_bf", text, w.foldedBigrams());
    }
    return clauses == 0 ? null : all.build();
  }

  private int addTerms(BooleanQuery.Builder all, String field, String text, float weight) {
    if (weight <= 0) {
      return 0;
    }
    List<String> terms = extractor.distinctTerms(field, text, QueryLimits.MAX_QUERY_TERMS);
    if (terms.isEmpty()) {
      return 0;
    }
    BooleanQuery.Builder perField = new BooleanQuery.Builder();
    for (String t : terms) {
      perField.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
    }
    all.add(new BoostQuery(perField.build(), weight), Occur.SHOULD);
    return terms.size();
  }
}
