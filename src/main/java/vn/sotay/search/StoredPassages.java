package vn.sotay.search;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import vn.sotay.index.Fields;

/** Reads search records back out of stored Lucene documents. */
final class StoredPassages {
  private StoredPassages() {}

  static List<String> path(Document d) {
    String joined = d.get(Fields.PATH);
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(Fields.PATH_SEPARATOR));
  }

  static int ordinal(Document d) {
    return d.getField(Fields.ORDINAL).numericValue().intValue();
  }

  static SearchHit hit(Document d, String highlight, float score) {
    return new SearchHit(d.get(Fields.DOC_ID), d.get(Fields.TITLE_STORED), d.get(Fields.DOC_NUMBER),
        d.get(Fields.DOC_TYPE), d.get(Fields.ISSUER), d.get(Fields.DATE), path(d), d.get(Fields.ANCHOR),
        d.get(Fields.LABEL), d.get(Fields.LEAD_ANCHOR), ordinal(d), d.get(Fields.BODY), highlight, score,
        d.get(Fields.ACCESS));
  }

  static Section section(Document d) {
    List<String> path = path(d);
    String heading = path.isEmpty() ? null : path.get(path.size() - 1);
    return new Section(d.get(Fields.ANCHOR), path, heading, d.get(Fields.LABEL), d.get(Fields.LEAD_ANCHOR),
        d.get(Fields.BODY));
  }

  /** From a file record. */
  static DocumentSummary summary(Document d) {
    return new DocumentSummary(d.get(Fields.DOC_ID), d.get(Fields.TITLE_STORED), d.get(Fields.DOC_NUMBER),
        d.get(Fields.DOC_TYPE), d.get(Fields.ISSUER), d.get(Fields.DATE), d.get(Fields.KIND),
        d.getField(Fields.PASSAGE_COUNT).numericValue().intValue(), d.get(Fields.SIGNER), d.get(Fields.ACCESS));
  }
}
