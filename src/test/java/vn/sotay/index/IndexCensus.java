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

/**
 * Every live record of an index counted per docId: file records, passages, and the passages the file records say
 * they have. Tests compare indexes with it.
 */
record IndexCensus(Map<String, Integer> fileRecordsByDoc, Map<String, Integer> passagesByDoc,
    Map<String, Integer> declaredPassagesByDoc) {
  static IndexCensus of(IndexStore store) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    Map<String, Integer> passages = new TreeMap<>();
    Map<String, Integer> declared = new TreeMap<>();
    IndexSearcher searcher = store.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = stored.document(d, Set.of(Fields.DOC_ID, Fields.REC, Fields.PASSAGE_COUNT));
          String docId = doc.get(Fields.DOC_ID);
          if (Fields.REC_FILE.equals(doc.get(Fields.REC))) {
            files.merge(docId, 1, Integer::sum);
            declared.merge(docId, doc.getField(Fields.PASSAGE_COUNT).numericValue().intValue(), Integer::sum);
          } else {
            passages.merge(docId, 1, Integer::sum);
          }
        }
      }
    } finally {
      store.release(searcher);
    }
    return new IndexCensus(files, passages, declared);
  }

  /** Every file is there once, with all its passages: what any commit must look like. */
  boolean whole() {
    Set<String> docIds = new java.util.HashSet<>(fileRecordsByDoc.keySet());
    docIds.addAll(passagesByDoc.keySet());
    return docIds.stream().allMatch(id -> fileRecordsByDoc.getOrDefault(id, 0) == 1
        && passagesByDoc.getOrDefault(id, 0).equals(declaredPassagesByDoc.getOrDefault(id, 0)));
  }
}
