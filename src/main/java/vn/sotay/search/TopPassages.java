package vn.sotay.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import vn.sotay.index.Fields;

/**
 * The best passages for a query, found without scoring every match: Lucene skips blocks of documents that cannot
 * reach the top (block-max WAND), and counts matches exactly only up to {@link #EXACT_COUNT}. Scoring every match
 * and counting them all made a broad question cost tens of milliseconds per hundred thousand passages.
 *
 * <p>The user guide's passages score {@link #GUIDE_WEIGHT} of their match, so the guide answers questions about sotay
 * without outranking the documents. They are searched apart and merged in: a score rewritten per document would
 * hide the bounds that the skipping relies on.
 */
final class TopPassages {
  static final float GUIDE_WEIGHT = 0.4f;
  static final int EXACT_COUNT = 1000;

  /** The best passages, best first; the number of matches is exact or, past {@link #EXACT_COUNT}, a lower bound. */
  record Found(ScoreDoc[] best, long total, boolean totalExact) {}

  private TopPassages() {}

  static Found search(IndexSearcher searcher, Query query, int n) throws IOException {
    Term guideTerm = new Term(Fields.KIND, Fields.KIND_GUIDE);
    if (searcher.getIndexReader().docFreq(guideTerm) == 0) return found(searcher.search(query, top(n)));
    Query guide = new TermQuery(guideTerm);
    TopDocs documents = searcher.search(
        new BooleanQuery.Builder().add(query, Occur.MUST).add(guide, Occur.MUST_NOT).build(), top(n));
    TopDocs guidePassages = searcher.search(new BoostQuery(
        new BooleanQuery.Builder().add(query, Occur.MUST).add(guide, Occur.FILTER).build(), GUIDE_WEIGHT), top(n));
    ScoreDoc[] merged = Arrays.copyOf(documents.scoreDocs, documents.scoreDocs.length + guidePassages.scoreDocs.length);
    System.arraycopy(guidePassages.scoreDocs, 0, merged, documents.scoreDocs.length, guidePassages.scoreDocs.length);
    Arrays.sort(merged, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return new Found(Arrays.copyOf(merged, Math.min(n, merged.length)),
        documents.totalHits.value() + guidePassages.totalHits.value(),
        exact(documents.totalHits) && exact(guidePassages.totalHits));
  }

  private static TopScoreDocCollectorManager top(int n) {
    return new TopScoreDocCollectorManager(n, EXACT_COUNT);
  }

  private static Found found(TopDocs top) {
    return new Found(top.scoreDocs, top.totalHits.value(), exact(top.totalHits));
  }

  private static boolean exact(TotalHits hits) {
    return hits.relation() == TotalHits.Relation.EQUAL_TO;
  }
}
