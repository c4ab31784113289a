package vn.sotay.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import vn.sotay.index.Fields;

/**
 * How much of a query's information a text holds: the share of the query's folded syllables and syllable pairs,
 * each weighted by its rarity in the index (BM25's idf), that the text has too. A question whose rare words
 * ("cá sấu", "vượt đèn đỏ") no passage has is not answered by a passage that shares only its common words.
 */
final class InformationCoverage {
  /** A pair of syllables says more than either alone, but counting it fully would let pairs drown the words. */
  private static final double PAIR_WEIGHT = 0.5;

  private final TermExtractor extractor;

  InformationCoverage(TermExtractor extractor) {
    this.extractor = extractor;
  }

  double of(IndexSearcher searcher, String query, String text) throws IOException {
    double total = 0;
    double held = 0;
    long passages = Math.max(1, searcher.getIndexReader().getDocCount(Fields.BODY_FOLDED));
    for (String field : new String[] {Fields.BODY_FOLDED, Fields.BODY_FOLDED_BIGRAMS}) {
      double weight = field.equals(Fields.BODY_FOLDED) ? 1.0 : PAIR_WEIGHT;
      Set<String> wanted = new LinkedHashSet<>(extractor.distinctTerms(field, query, QueryLimits.MAX_QUERY_TERMS));
      Set<String> present = new HashSet<>(extractor.terms(field, text));
      for (String term : wanted) {
        int df = searcher.getIndexReader().docFreq(new Term(field, term));
        double idf = Math.log(1 + (passages - df + 0.5) / (df + 0.5)) * weight;
        total += idf;
        if (present.contains(term)) held += idf;
      }
    }
    return total == 0 ? 0 : held / total;
  }
}
