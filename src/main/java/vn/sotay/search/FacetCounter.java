package vn.sotay.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, for each facet field, how many distinct documents among the matching passages carry each value.
 * Counting documents, not passages, keeps a long document from dominating the counts.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Leaf, Map<String, Map<String, Long>>> {
  private final List<String> fields;
  private final String docIdField;

  FacetCounter(List<String> fields, String docIdField) {
    this.fields = List.copyOf(fields);
    this.docIdField = docIdField;
  }

  @Override
  public Leaf newCollector() {
    return new Leaf();
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Leaf> collectors) {
    Map<String, Map<String, Set<String>>> merged = new HashMap<>();
    for (Leaf leaf : collectors) {
      leaf.seen.forEach((field, values) -> values.forEach((value, docs) ->
          merged.computeIfAbsent(field, f -> new HashMap<>()).computeIfAbsent(value, v -> new HashSet<>())
              .addAll(docs)));
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String field : fields) {
      Map<String, Set<String>> values = merged.getOrDefault(field, Map.of());
      List<Map.Entry<String, Set<String>>> sorted = new ArrayList<>(values.entrySet());
      sorted.sort((a, b) -> b.getValue().size() != a.getValue().size()
          ? Integer.compare(b.getValue().size(), a.getValue().size())
          : a.getKey().compareTo(b.getKey()));
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Map.Entry<String, Set<String>> e : sorted) {
        counts.put(e.getKey(), (long) e.getValue().size());
      }
      out.put(field, counts);
    }
    return out;
  }

  final class Leaf extends SimpleCollector {
    private final Map<String, Map<String, Set<String>>> seen = new HashMap<>();
    private final SortedDocValues[] values = new SortedDocValues[fields.size()];
    private SortedDocValues docIds;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      for (int i = 0; i < fields.size(); i++) {
        values[i] = DocValues.getSorted(context.reader(), fields.get(i));
      }
      docIds = DocValues.getSorted(context.reader(), docIdField);
    }

    @Override
    public void collect(int doc) throws IOException {
      String docId = docIds.advanceExact(doc) ? docIds.lookupOrd(docIds.ordValue()).utf8ToString() : "";
      for (int i = 0; i < values.length; i++) {
        SortedDocValues dv = values[i];
        if (dv.advanceExact(doc)) {
          String value = dv.lookupOrd(dv.ordValue()).utf8ToString();
          seen.computeIfAbsent(fields.get(i), f -> new HashMap<>())
              .computeIfAbsent(value, v -> new HashSet<>()).add(docId);
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
