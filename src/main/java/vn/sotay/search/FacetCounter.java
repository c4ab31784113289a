package vn.sotay.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Counts, for each facet field, how many distinct documents among the given passages carry each value. Counting
 * documents, not passages, keeps a long document from dominating the counts.
 */
final class FacetCounter {
  private final List<String> fields;
  private final String docIdField;

  FacetCounter(List<String> fields, String docIdField) {
    this.fields = List.copyOf(fields);
    this.docIdField = docIdField;
  }

  /** Field to value to documents, values by falling count then by name; every field is present. */
  Map<String, Map<String, Long>> count(IndexReader reader, ScoreDoc[] passages) throws IOException {
    int[] docs = Arrays.stream(passages).mapToInt(p -> p.doc).sorted().toArray(); // doc values read forwards
    List<Map<String, Set<String>>> documentsByValue = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) documentsByValue.add(new HashMap<>());
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    SortedDocValues docIds = null;
    SortedDocValues[] values = new SortedDocValues[fields.size()];
    for (int doc : docs) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        docIds = DocValues.getSorted(leaf.reader(), docIdField);
        for (int i = 0; i < values.length; i++) values[i] = DocValues.getSorted(leaf.reader(), fields.get(i));
      }
      int local = doc - leaf.docBase;
      String docId = value(docIds, local);
      for (int i = 0; i < values.length; i++) {
        String value = value(values[i], local);
        if (value != null) documentsByValue.get(i).computeIfAbsent(value, v -> new HashSet<>()).add(docId);
      }
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) out.put(fields.get(i), byFallingCount(documentsByValue.get(i)));
    return out;
  }

  private static String value(SortedDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
  }

  private static Map<String, Long> byFallingCount(Map<String, Set<String>> documentsByValue) {
    List<Map.Entry<String, Set<String>>> sorted = new ArrayList<>(documentsByValue.entrySet());
    sorted.sort((a, b) -> a.getValue().size() != b.getValue().size()
        ? Integer.compare(b.getValue().size(), a.getValue().size())
        : a.getKey().compareTo(b.getKey()));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : sorted) counts.put(e.getKey(), (long) e.getValue().size());
    return counts;
  }
}
