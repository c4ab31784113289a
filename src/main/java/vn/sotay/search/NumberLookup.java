package vn.sotay.search;

import java.util.Optional;
import org.apache.lucene.document.NumericDocValuesField;
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
  static final float OPENING_BOOST = 50f;

  Optional<Query> of(String text) {
    // a look-up by number alone opens the document at its start; a number inside a question only points to it
    boolean lookUp = NumberQuery.parse(text).isPresent();
    return NumberQuery.find(text).flatMap(n -> query(n, lookUp));
  }

  private static Optional<Query> query(NumberQuery n, boolean lookUp) {
    if (n.exactKey() != null) {
      Query document = new TermQuery(new Term(Fields.NUMBER_KEY, n.exactKey()));
      return Optional.of(lookUp ? withOpening(document, EXACT_BOOST) : new BoostQuery(new ConstantScoreQuery(document), EXACT_BOOST));
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
    Query document = parts.build();
    return Optional.of(lookUp ? withOpening(document, PARTIAL_BOOST) : new BoostQuery(new ConstantScoreQuery(document), PARTIAL_BOOST));
  }

  /**
   * The document's passages all score {@code boost}; its opening passage (title, issuer, first lines) a little more,
   * so a look-up by number shows the document from its start.
   */
  private static Query withOpening(Query document, float boost) {
    Query opening = new BooleanQuery.Builder()
        .add(document, Occur.FILTER)
        .add(NumericDocValuesField.newSlowExactQuery(Fields.ORDINAL, 0), Occur.FILTER)
        .build();
    return new BooleanQuery.Builder()
        .add(new BoostQuery(new ConstantScoreQuery(document), boost), Occur.SHOULD)
        .add(new BoostQuery(new ConstantScoreQuery(opening), OPENING_BOOST), Occur.SHOULD)
        .build();
  }

  private static Query part(String field, String value) {
    return new TermQuery(new Term(field, PassageDocuments.numberPart(value)));
  }
}
