package vn.sotay.index;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Every live record of an index counted per docId: file records and passages. Tests compare indexes with it. */
record IndexCensus(Map<String, Integer> fileRecordsByDoc, Map<String, Integer> passagesByDoc) {
  static IndexCensus of(IndexStore store) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    Map<String, Integer> passages = new TreeMap<>();
    IndexSearcher searcher = store.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = stored.document(d, Set.of(Fields.DOC_ID, Fields.REC));
          Map<String, Integer> counts = Fields.REC_FILE.equals(doc.get(Fields.REC)) ? files : passages;
          counts.merge(doc.get(Fields.DOC_ID), 1, Integer::sum);
        }
      }
    } finally {
      store.release(searcher);
    }
    return new IndexCensus(files, passages);
  }
}
