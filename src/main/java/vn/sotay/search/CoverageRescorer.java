package vn.sotay.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import vn.sotay.index.Fields;

/**
 * Reorders the best hits by how much of the query each passage covers, its headings and document title counting
 * as part of it. BM25 alone lets a passage that repeats a long name ("Trung tâm Phục vụ hành chính công") outrank
 * the one under "Điều 4. Nhiệm vụ của Trung tâm" that holds the rest of the question; a fixed reward per distinct
 * query word or word pair present, weighted by its rarity, restores the balance (Lucene's old coordination
 * factor, over the passage in its context).
 */
final class CoverageRescorer {
  /** How many of the first-pass hits are reordered. */
  static final int DEPTH = 60;
  static final double WEIGHT = 2.0;
  private static final double PAIR_WEIGHT = 0.5;
  /** Leaf clauses the coverage query may hold; the text query has its own share of Lucene's limit of 1024. */
  private static final int LEAF_BUDGET = 600;
  private static final String[] WORD_FIELDS = {Fields.BODY_FOLDED, Fields.HEADING_FOLDED, Fields.TITLE_FOLDED};
  private static final String[] PAIR_FIELDS = {Fields.BODY_FOLDED_BIGRAMS, Fields.HEADING_FOLDED_BIGRAMS, Fields.TITLE_FOLDED_BIGRAMS};

  private final TermExtractor extractor;

  CoverageRescorer(TermExtractor extractor) {
    this.extractor = extractor;
  }

  /** The first {@code wanted} hits of {@code first} in their new order. */
  TopDocs rescore(IndexSearcher searcher, TermLookups lookups, List<String> phrasings, TopDocs first, int wanted)
      throws IOException {
    Query coverage = coverageQuery(searcher.getIndexReader(), lookups, phrasings);
    if (coverage == null || first.scoreDocs.length == 0) return first;
    return QueryRescorer.rescore(searcher, first, coverage, WEIGHT, Math.min(wanted, first.scoreDocs.length));
  }

  /**
   * The best coverage among the phrasings (a concept counts once, whether written "Ủy ban nhân dân" or "UBND"),
   * each phrasing's weights scaled so that covering it all is worth the same as covering the text as typed.
   */
  Query coverageQuery(IndexReader reader, TermLookups lookups, List<String> phrasings) throws IOException {
    List<Map<String, Float>> weights = new ArrayList<>();
    // each term is looked up in three fields; the rarest terms of each reading are kept within Lucene's clause limit
    int perReading = Math.max(8, LEAF_BUDGET / (WORD_FIELDS.length * Math.max(1, phrasings.size())));
    for (String phrasing : phrasings) {
      Map<String, Float> w = new LinkedHashMap<>();
      weigh(w, reader, lookups, phrasing, WORD_FIELDS, 1.0);
      weigh(w, reader, lookups, phrasing, PAIR_FIELDS, PAIR_WEIGHT);
      if (!w.isEmpty()) weights.add(rarest(w, perReading));
    }
    if (weights.isEmpty()) return null;
    double typed = total(weights.get(0));
    List<Query> readings = new ArrayList<>();
    for (Map<String, Float> w : weights) {
      double scale = typed / total(w);
      BooleanQuery.Builder reading = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> e : w.entrySet()) {
        String[] fieldAndTerm = e.getKey().split("\u0000", 2);
        String[] fields = fieldAndTerm[0].equals(WORD_FIELDS[0]) ? WORD_FIELDS : PAIR_FIELDS;
        BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
        for (String field : fields) anywhere.add(lookups.query(field, fieldAndTerm[1]), Occur.SHOULD);
        reading.add(new BoostQuery(new ConstantScoreQuery(anywhere.build()), (float) (e.getValue() * scale)), Occur.SHOULD);
      }
      readings.add(reading.build());
    }
    return new DisjunctionMaxQuery(readings, 0f);
  }

  /** Each distinct term of the phrasing that some passage holds, with its rarity (BM25's idf) times the weight. */
  private void weigh(Map<String, Float> out, IndexReader reader, TermLookups lookups, String phrasing, String[] fields,
      double weight) throws IOException {
    long docs = Math.max(1, reader.getDocCount(fields[0]));
    for (String term : extractor.distinctTerms(fields[0], phrasing, QueryLimits.MAX_QUERY_TERMS)) {
      int df = 0;
      for (String field : fields) df = Math.max(df, lookups.docFreq(new Term(field, term)));
      if (df == 0) continue; // nothing holds it: it cannot change the order
      out.put(fields[0] + "\u0000" + term, (float) (Math.log(1 + (docs - df + 0.5) / (df + 0.5)) * weight));
    }
  }

  private static Map<String, Float> rarest(Map<String, Float> weights, int n) {
    if (weights.size() <= n) return weights;
    Map<String, Float> kept = new LinkedHashMap<>();
    weights.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed()).limit(n)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static double total(Map<String, Float> weights) {
    return weights.values().stream().mapToDouble(Float::doubleValue).sum();
  }
}
