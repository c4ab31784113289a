package vn.sotay.search;

import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.sotay.index.Fields;
import vn.sotay.index.PassageDocuments;
import vn.sotay.text.NumberQuery;

/**
 * The document-number part of a query. An exact number scores far above any text match, so "57-NQ/TW" never
 * loses to fuzzy text; partial input ("nq 57") matches the parts it names, still above text.
 */
final class NumberLookup {
  static final float EXACT_BOOST = 1000f;
  static final float PARTIAL_BOOST = 200f;

  Optional<Query> of(String text) {
    return NumberQuery.find(text).flatMap(NumberLookup::query);
  }

  private static Optional<Query> query(NumberQuery n) {
    if (n.exactKey() != null) {
      Query exact = new ConstantScoreQuery(new TermQuery(new Term(Fields.NUMBER_KEY, n.exactKey())));
      return Optional.of(new BoostQuery(exact, EXACT_BOOST));
    }
    if (n.number() == null) {
      return Optional.empty();
    }
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    parts.add(part(Fields.NUMBER_SERIAL, n.number()), Occur.FILTER);
    int named = 0;
    if (n.type() != null) {
      parts.add(part(Fields.NUMBER_TYPE, n.type()), Occur.FILTER);
      named++;
    }
    if (n.year() != null) {
      parts.add(part(Fields.NUMBER_YEAR, n.year()), Occur.FILTER);
      named++;
    }
    if (n.issuer() != null) {
      parts.add(part(Fields.NUMBER_ISSUER, n.issuer()), Occur.FILTER);
      named++;
    }
    if (named == 0) {
      return Optional.empty(); // a bare number is too weak a signal
    }
    return Optional.of(new BoostQuery(new ConstantScoreQuery(parts.build()), PARTIAL_BOOST));
  }

  private static Query part(String field, String value) {
    return new TermQuery(new Term(field, PassageDocuments.numberPart(value)));
  }
}
