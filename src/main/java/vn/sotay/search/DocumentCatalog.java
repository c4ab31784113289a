package vn.sotay.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import vn.sotay.index.Fields;
import vn.sotay.text.DocumentNumber;

/**
 * Every document's summary, newest first, by id and by serial number, with its type-ahead. Each document is read
 * from its file record and prepared for type-ahead once per index segment: segments never change and a live update
 * adds a small one, so a new index version costs a merge of what is known, where reading every record again took
 * seconds on a large archive. Shared by the views of one library; safe for concurrent use.
 */
final class DocumentCatalog {
  /** The documents of one index version, as everyone and as the public see them. */
  record Version(long version, Documents all, Documents publicOnly) {}

  /** A document with what type-ahead and number look-ups match it against, worked out once. */
  private record Listed(DocumentSummary summary, Suggester.Entry suggestion, String serial) {}

  private record SegmentDocument(int doc, Listed listed) {}

  private static final Comparator<Listed> NEWEST_FIRST = Comparator
      .comparing((Listed l) -> l.summary().date() == null ? "" : l.summary().date()).reversed()
      .thenComparing(l -> l.summary().docId());

  private final Map<Object, List<SegmentDocument>> segments = new ConcurrentHashMap<>();
  private final AtomicReference<Version> current = new AtomicReference<>();

  /** The catalog of the searcher's index; {@code version} names that index state. */
  Version of(IndexSearcher searcher, long version) throws IOException {
    Version known = current.get();
    if (known != null && known.version() == version) return known;
    List<Listed> docs = new ArrayList<>();
    Set<Object> inUse = new HashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      List<SegmentDocument> listed = core == null ? null : segments.get(core.getKey());
      if (listed == null) {
        listed = read(leaf.reader());
        if (core != null) segments.put(core.getKey(), listed);
      }
      if (core != null) inUse.add(core.getKey());
      Bits live = leaf.reader().getLiveDocs();
      for (SegmentDocument d : listed) {
        if (live == null || live.get(d.doc())) docs.add(d.listed());
      }
    }
    segments.keySet().retainAll(inUse); // merged-away segments
    docs.sort(NEWEST_FIRST);
    Version built = new Version(version, new Documents(docs),
        new Documents(docs.stream().filter(l -> Viewer.PUBLIC.sees(l.summary().access())).toList()));
    current.set(built);
    return built;
  }

  private static List<SegmentDocument> read(LeafReader reader) throws IOException {
    PostingsEnum records = reader.postings(new Term(Fields.REC, Fields.REC_FILE), PostingsEnum.NONE);
    if (records == null) return List.of();
    StoredFields stored = reader.storedFields();
    List<SegmentDocument> out = new ArrayList<>();
    for (int doc = records.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = records.nextDoc()) {
      DocumentSummary summary = StoredPassages.summary(stored.document(doc));
      String serial = summary.docNumber() == null
          ? null : DocumentNumber.parse(summary.docNumber()).map(DocumentNumber::number).orElse(null);
      out.add(new SegmentDocument(doc, new Listed(summary, Suggester.entry(summary), serial)));
    }
    return List.copyOf(out);
  }

  /**
   * Documents newest first, by id, by serial and their type-ahead; the last two prepared on first use (two threads
   * may both prepare them; either result is the same).
   */
  static final class Documents {
    final List<DocumentSummary> list;
    /** The first document of each id (a.txt and a.md share one). */
    final Map<String, DocumentSummary> byId = new HashMap<>();
    private final List<Listed> listed;
    private volatile Suggester suggester;
    private volatile Map<String, List<DocumentSummary>> bySerial;

    private Documents(List<Listed> listed) {
      this.listed = List.copyOf(listed);
      this.list = this.listed.stream().map(Listed::summary).toList();
      for (DocumentSummary d : list) byId.putIfAbsent(d.docId(), d);
    }

    Suggester suggester() {
      Suggester s = suggester;
      if (s == null) suggester = s = new Suggester(listed.stream().map(Listed::suggestion).toList());
      return s;
    }

    /** The documents whose number has this serial, newest first. */
    List<DocumentSummary> numbered(String serial) {
      return bySerial().getOrDefault(DocumentNumber.serialKey(serial), List.of());
    }

    /** Builds now what is otherwise built on first use. */
    void prepare() {
      suggester();
      bySerial();
    }

    private Map<String, List<DocumentSummary>> bySerial() {
      Map<String, List<DocumentSummary>> index = bySerial;
      if (index == null) {
        Map<String, List<DocumentSummary>> built = new HashMap<>();
        for (Listed l : listed) {
          if (l.serial() != null) built.computeIfAbsent(l.serial(), k -> new ArrayList<>()).add(l.summary());
        }
        bySerial = index = built;
      }
      return index;
    }
  }
}
