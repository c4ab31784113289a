package vn.sotay.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import vn.sotay.index.Fields;

/**
 * Builds the scored part of a query from one phrasing of the user's text. Each syllable is searched accented
 * and folded, each pair of adjacent syllables as a folded bigram, over body, heading and title. Matching the
 * accented form too is how exact accents outrank folded matches; bigrams reward phrases and proximity; heading and
 * title matches add to body matches.
 */
final class TextQueryBuilder {
  /** Weights of the three analyses of one field: accented, folded, folded bigrams. */
  record FieldWeights(String base, float accented, float folded, float foldedBigrams) {}

  static final List<FieldWeights> DEFAULT_WEIGHTS = List.of(
      new FieldWeights(Fields.BODY, 1.0f, 0.6f, 1.2f),
      new FieldWeights(Fields.HEADING, 1.0f, 0.6f, 1.2f),
      new FieldWeights(Fields.TITLE, 0.3f, 0.2f, 0.4f));

  private final TermExtractor extractor;
  private final List<FieldWeights> weights;

  TextQueryBuilder(TermExtractor extractor, List<FieldWeights> weights) {
    this.extractor = extractor;
    this.weights = List.copyOf(weights);
  }

  /** Rewrites add at most this many terms of their own per field, which keeps a query within Lucene's clause limit. */
  static final int MAX_REWRITE_TERMS = 16;
  /** A field's terms beyond which a question is long enough to leave out its commonest syllables. */
  static final int LONG_QUERY_TERMS = 8;
  /** The share of passages above which a syllable is common. */
  static final double COMMON_SHARE = 0.01;
  /** Passages below which scoring is cheap whatever the question, so nothing is left out. */
  static final int PRUNE_FROM_PASSAGES = 2000;

  /**
   * The text's terms, plus the terms that only its rewrites have ("9" and "9 nhiệm" for "chín nhiệm vụ"): a rewrite
   * changes a few words, so adding just what is new keeps the query small however many rewrites there are.
   */
  BooleanQuery build(String text, List<String> rewrites, TermLookups lookups) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (FieldWeights w : weights) {
      clauses += addTerms(all, w.base(), text, rewrites, w.accented(), lookups);
      clauses += addTerms(all, w.base() + "_f", text, rewrites, w.folded(), lookups);
      clauses += addTerms(all, w.base() + "_bf", text, rewrites, w.foldedBigrams(), lookups);
    }
    return clauses == 0 ? null : all.build();
  }

  private int addTerms(BooleanQuery.Builder all, String field, String text, List<String> rewrites, float weight,
      TermLookups lookups) {
    if (weight <= 0) {
      return 0;
    }
    java.util.LinkedHashSet<String> terms =
        new java.util.LinkedHashSet<>(extractor.distinctTerms(field, text, QueryLimits.MAX_QUERY_TERMS));
    int own = terms.size();
    for (String rewrite : rewrites) {
      for (String t : extractor.distinctTerms(field, rewrite, QueryLimits.MAX_QUERY_TERMS)) {
        if (terms.size() - own >= MAX_REWRITE_TERMS) break;
        terms.add(t);
      }
    }
    if (terms.isEmpty()) {
      return 0;
    }
    if (terms.size() > LONG_QUERY_TERMS && !field.endsWith("_bf") && lookups.maxDoc() >= PRUNE_FROM_PASSAGES) {
      // in a long question the syllables that a good share of all passages hold ("của", "được", "theo") weigh
      // little in BM25 yet cost the most to score; their pairs still count in the bigram fields
      long common = (long) (lookups.maxDoc() * COMMON_SHARE);
      terms.removeIf(t -> lookups.docFreq(new org.apache.lucene.index.Term(field, t)) > common);
    }
    // one flat disjunction of weighted terms (the same sum as weighting each field's disjunction): nested
    // disjunctions under a boost hide from Lucene the score bounds it skips with
    for (String t : terms) {
      all.add(new BoostQuery(lookups.query(field, t), weight), Occur.SHOULD);
    }
    return terms.size();
  }
}
