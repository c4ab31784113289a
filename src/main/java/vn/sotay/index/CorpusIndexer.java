package vn.sotay.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.sotay.document.DocumentLoader;
import vn.sotay.document.ParsedDocument;
import vn.sotay.document.UnreadableDocumentException;

/**
 * Brings the index in line with the corpus folders: a file whose bytes are unchanged is left alone, a changed
 * or new one is read again, a vanished one is removed, all in one commit. A file that fails to read is reported
 * and, if an earlier version was indexed, that version stays.
 */
public final class CorpusIndexer implements CorpusMaintenance {
  private final IndexStore store;
  private final DocumentLoader loader;
  private final List<Path> roots;

  public CorpusIndexer(IndexStore store, DocumentLoader loader, List<Path> roots) {
    this.store = store;
    this.loader = loader;
    this.roots = List.copyOf(roots);
  }

  @Override
  public List<Path> corpusRoots() {
    return roots;
  }

  @Override
  public synchronized IndexReport update() throws IOException {
    long start = System.nanoTime();
    Map<String, String> indexed = indexedStamps();
    Set<String> seen = new HashSet<>();
    List<IndexReport.Skipped> skipped = new ArrayList<>();
    int read = 0;
    int unchanged = 0;
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        skipped.add(new IndexReport.Skipped(root.toString(), "Thư mục văn bản không tồn tại"));
        continue;
      }
      for (Path file : listFiles(root)) {
        String source = root.relativize(file).toString().replace('\\', '/');
        if (!loader.accepts(file)) {
          skipped.add(new IndexReport.Skipped(source, "Định dạng tệp không được hỗ trợ"));
          continue;
        }
        if (!seen.add(source)) {
          skipped.add(new IndexReport.Skipped(file.toString(), "Trùng đường dẫn với một tệp ở thư mục văn bản khác"));
          continue;
        }
        String stamp;
        try {
          stamp = stamp(file);
        } catch (IOException e) {
          skipped.add(new IndexReport.Skipped(source, "Không đọc được tệp: " + e.getMessage()));
          continue;
        }
        if (stamp.equals(indexed.get(source))) {
          unchanged++;
          continue;
        }
        try {
          ParsedDocument parsed = loader.load(root, file);
          store.writer().updateDocuments(new Term(Fields.SOURCE, source), PassageDocuments.of(parsed, stamp));
          read++;
        } catch (UnreadableDocumentException e) {
          skipped.add(new IndexReport.Skipped(source, e.getMessage()));
        } catch (RuntimeException e) {
          skipped.add(new IndexReport.Skipped(source, "Lỗi khi đọc tệp: " + e));
        }
      }
    }
    int removed = 0;
    for (String source : indexed.keySet()) {
      if (!seen.contains(source)) {
        store.writer().deleteDocuments(new Term(Fields.SOURCE, source));
        removed++;
      }
    }
    store.commit();
    int[] counts = counts();
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new IndexReport(read, unchanged, removed, skipped, counts[0], counts[1], tookMs);
  }

  private static List<Path> listFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Size and content hash: a touched but unchanged file is not read again. */
  static String stamp(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
          digest.update(buf, 0, n);
        }
      }
      return Files.size(file) + ":" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> indexedStamps() throws IOException {
    Map<String, String> stamps = new HashMap<>();
    IndexSearcher searcher = store.acquire();
    try {
      StoredFields stored = searcher.storedFields();
      int max = Math.max(1, searcher.getIndexReader().maxDoc());
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.REC, Fields.REC_FILE)), max).scoreDocs) {
        Document d = stored.document(sd.doc);
        stamps.put(d.get(Fields.SOURCE), d.get(Fields.STAMP));
      }
    } finally {
      store.release(searcher);
    }
    return stamps;
  }

  private int[] counts() throws IOException {
    IndexSearcher searcher = store.acquire();
    try {
      int files = searcher.count(new TermQuery(new Term(Fields.REC, Fields.REC_FILE)));
      int passages = searcher.count(new TermQuery(new Term(Fields.REC, Fields.REC_PASSAGE)));
      return new int[] {files, passages};
    } finally {
      store.release(searcher);
    }
  }
}
