package vn.sotay.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of one search, each looked up once in each index segment however many clauses use it. The text query,
 * the coverage weights and the coverage query share most of their terms, and every look-up walks a segment's term
 * dictionary: a long question made thousands of them. Belongs to one searcher and one thread.
 */
final class TermLookups {
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** A term query that will not look its term up again. */
  TermQuery query(String field, String text) {
    Term term = new Term(field, text);
    return new TermQuery(term, states(term));
  }

  /** Passages and records in the index. */
  int maxDoc() {
    return searcher.getIndexReader().maxDoc();
  }

  /** Passages (and records) holding the term, as {@link org.apache.lucene.index.IndexReader#docFreq} counts them. */
  int docFreq(Term term) {
    return states(term).docFreq();
  }

  private TermStates states(Term term) {
    TermStates found = states.get(term);
    if (found == null) {
      try {
        found = TermStates.build(searcher, term, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      states.put(term, found);
    }
    return found;
  }
}
