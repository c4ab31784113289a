package vn.sotay.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import vn.sotay.document.DocumentLoader;
import vn.sotay.document.FolderAccess;

/**
 * Brings the index in line with the corpus folders: a file whose bytes are unchanged is left alone, a changed
 * or new one is read again, a vanished one is removed. A file that fails to read is reported and, if an earlier
 * version was indexed, that version stays; it is not read again until its bytes change. A long update commits its
 * progress every {@code commitEvery}, so a process killed midway resumes where it was; each file's records are
 * replaced in one step, so no commit holds a file twice or half. A file's stamp includes the access its folder rule
 * gives it, so changing a rule ({@link FolderAccess}) re-reads the files it covers although their bytes are the same.
 */
public final class CorpusIndexer implements CorpusMaintenance {
  public static final Duration DEFAULT_COMMIT_EVERY = Duration.ofSeconds(10);
  /** Files read in one update after which the index is merged into one segment (a first build, a new archive). */
  static final int MERGE_AFTER_READ = 1000;

  private final IndexStore store;
  private final DocumentLoader loader;
  private final List<Path> roots;
  private final long commitEveryNanos;
  /** Files that failed to read, by source: the stamp that failed and why. Guarded by this. */
  private final Map<String, Failure> failures = new HashMap<>();

  private record Failure(String stamp, String reason) {}

  public CorpusIndexer(IndexStore store, DocumentLoader loader, List<Path> roots) {
    this(store, loader, roots, DEFAULT_COMMIT_EVERY);
  }

  public CorpusIndexer(IndexStore store, DocumentLoader loader, List<Path> roots, Duration commitEvery) {
    this.store = store;
    this.loader = loader;
    this.roots = List.copyOf(roots);
    this.commitEveryNanos = commitEvery.toNanos();
  }

  @Override
  public List<Path> corpusRoots() {
    return roots;
  }

  @Override
  public synchronized IndexReport update() throws IOException {
    try {
      return run();
    } catch (IOException | RuntimeException e) {
      store.discardChanges(); // an update lands whole (up to its progress commits) or not at all
      throw e;
    }
  }

  private IndexReport run() throws IOException {
    long start = System.nanoTime();
    long lastCommit = start;
    Map<String, String> indexed = indexedStamps();
    Set<String> seen = new HashSet<>();
    Listing listing = new Listing();
    List<IndexReport.Notice> notices = new ArrayList<>();
    Map<String, String> ruleProblems = new LinkedHashMap<>();
    int read = 0;
    int unchanged = 0;
    boolean rootMissing = false;
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        // an unmounted share or a folder moved away: which indexed files were its own cannot be told, so none go
        rootMissing = true;
        listing.skipped.add(new IndexReport.Skipped(root.toString(),
            "Thư mục văn bản không tồn tại; văn bản đã lập chỉ mục được giữ nguyên cho đến khi thư mục có lại"));
        continue;
      }
      FolderAccess rules = new FolderAccess(root);
      List<Entry> entries = new ArrayList<>();
      List<ReadAhead.Request> requests = new ArrayList<>();
      for (Path file : listing.files(root)) {
        String source = sourceOf(root, file);
        if (!loader.accepts(file)) {
          entries.add(new Entry(source, new IndexReport.Skipped(source, "Định dạng tệp không được hỗ trợ")));
          continue;
        }
        if (!seen.add(source)) {
          entries.add(new Entry(source,
              new IndexReport.Skipped(file.toString(), "Trùng đường dẫn với một tệp ở thư mục văn bản khác")));
          continue;
        }
        FolderAccess.Rule rule = rules.of(file);
        if (rule.problem() != null) ruleProblems.putIfAbsent(rule.ruleFile(), rule.problem());
        String before = indexed.get(source);
        Failure failed = failures.get(source);
        String modified = listing.modified.get(file);
        if (before != null && modified != null && Stamps.unchangedSince(before, modified, rule.access().code())) {
          // same size, same modification time, same folder rule: not even read to be hashed
          entries.add(new Entry(source, null, new ReadAhead.Prepared(ReadAhead.Outcome.UNCHANGED, before, null, List.of(), null)));
          continue;
        }
        entries.add(new Entry(source, null));
        requests.add(new ReadAhead.Request(root, file, rule.access(), stamp -> Stamps.sameContent(stamp, before)
            ? new ReadAhead.Prepared(ReadAhead.Outcome.UNCHANGED, stamp, null, List.of(), null)
            : failed != null && Stamps.sameContent(failed.stamp(), stamp)
                ? new ReadAhead.Prepared(ReadAhead.Outcome.FAILED_BEFORE, stamp, null, List.of(), failed.reason())
                : null));
      }
      try (ReadAhead ahead = new ReadAhead(loader, requests)) {
        for (Entry entry : entries) {
          String source = entry.source();
          if (entry.skipped() != null) {
            listing.skipped.add(entry.skipped());
            continue;
          }
          ReadAhead.Prepared file = entry.ready() != null ? entry.ready() : ahead.next();
          file.notices().forEach(n -> notices.add(new IndexReport.Notice(source, n)));
          switch (file.outcome()) {
            case GONE -> seen.remove(source); // deleted while we walked: removed below like any vanished file
            case UNSTAMPED, FAILED_BEFORE -> listing.skipped.add(new IndexReport.Skipped(source, file.reason()));
            case UNCHANGED -> unchanged++;
            case READ, FAILED -> {
              String problem = file.outcome() == ReadAhead.Outcome.READ ? replace(source, file.docs()) : file.reason();
              if (problem == null) {
                failures.remove(source);
                read++;
              } else {
                failures.put(source, new Failure(file.stamp(), problem));
                listing.skipped.add(new IndexReport.Skipped(source, problem));
              }
              if (System.nanoTime() - lastCommit > commitEveryNanos) {
                store.commit();
                lastCommit = System.nanoTime();
              }
            }
          }
        }
      }
    }
    failures.keySet().retainAll(seen);
    int removed = 0;
    for (String source : indexed.keySet()) {
      if (!rootMissing && !seen.contains(source) && !listing.underUnreadableFolder(source)) {
        store.delete(source);
        removed++;
      }
    }
    if (read >= MERGE_AFTER_READ) store.mergeDown();
    store.commit();
    int[] counts = counts();
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    ruleProblems.forEach((ruleFile, problem) -> notices.add(new IndexReport.Notice(ruleFile, problem)));
    return new IndexReport(read, unchanged, removed, listing.skipped, counts[0], counts[1], tookMs, notices, counts[2]);
  }

  /** A file of a corpus folder in walk order: skipped at once (with the reason), or to be read. */
  private record Entry(String source, IndexReport.Skipped skipped, ReadAhead.Prepared ready) {
    Entry(String source, IndexReport.Skipped skipped) {
      this(source, skipped, null);
    }
  }

  /** Replaces a file's records; the reason the index refused them, or null. */
  private String replace(String source, List<Document> docs) throws IOException {
    try {
      store.replace(source, docs);
      return null;
    } catch (IllegalArgumentException e) {
      return "Chỉ mục không nhận nội dung của tệp: " + e.getMessage();
    }
  }

  private static String sourceOf(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Files under the corpus folders, hidden ones left out. A file or folder that vanishes during the walk is passed
   * over; a folder that cannot be read is reported, and what was indexed from it stays.
   */
  private static final class Listing {
    final List<IndexReport.Skipped> skipped = new ArrayList<>();
    private final List<String> unreadableFolders = new ArrayList<>();

    /** When each listed file was last modified, as the walk saw it (no second look at the disk). */
    final Map<Path, String> modified = new HashMap<>();

    List<Path> files(Path root) throws IOException {
      List<Path> files = new ArrayList<>();
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isHidden(file) && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
            files.add(file);
            if (attrs.isRegularFile()) modified.put(file, Stamps.modified(attrs.size(), attrs.lastModifiedTime().toMillis()));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          unreadable(root, file, e);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) unreadable(root, dir, e);
          return FileVisitResult.CONTINUE;
        }
      });
      files.sort(null);
      return files;
    }

    private void unreadable(Path root, Path path, IOException e) {
      if (e instanceof NoSuchFileException) return;
      String source = sourceOf(root, path);
      skipped.add(new IndexReport.Skipped(source, "Không đọc được thư mục hoặc tệp: " + e.getMessage()));
      unreadableFolders.add(source.isEmpty() ? "" : source + "/");
    }

    boolean underUnreadableFolder(String source) {
      return unreadableFolders.stream().anyMatch(source::startsWith);
    }

    private static boolean isHidden(Path path) {
      return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
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
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PostingsEnum records = leaf.reader().postings(new Term(Fields.REC, Fields.REC_FILE), PostingsEnum.NONE);
        if (records == null) continue;
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.SOURCE_STAMP);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = records.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = records.nextDoc()) {
          if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
            String value = values.binaryValue().utf8ToString();
            int cut = value.indexOf('\u0000');
            stamps.put(value.substring(0, cut), value.substring(cut + 1));
          }
        }
      }
    } finally {
      store.release(searcher);
    }
    return stamps;
  }

  private int[] counts() throws IOException {
    IndexSearcher searcher = store.acquire();
    try {
      TermQuery fileRecords = new TermQuery(new Term(Fields.REC, Fields.REC_FILE));
      int files = searcher.count(fileRecords);
      int passages = searcher.count(new TermQuery(new Term(Fields.REC, Fields.REC_PASSAGE)));
      int internal = searcher.count(new BooleanQuery.Builder().add(fileRecords, Occur.FILTER)
          .add(new TermQuery(new Term(Fields.ACCESS, Fields.ACCESS_INTERNAL)), Occur.FILTER).build());
      return new int[] {files, passages, internal};
    } finally {
      store.release(searcher);
    }
  }
}
