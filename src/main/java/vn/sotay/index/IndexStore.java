package vn.sotay.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk index. Searchers read the last commit only, never the writer, so a write that fails (disk full,
 * read-only folder) cannot disturb searches: the failed update is rolled back, the writer is dropped and the next
 * write opens a fresh one on the last commit. A commit whose schema version differs from {@link Fields#SCHEMA_VERSION}
 * is discarded on open, so analysis changes rebuild the index. Lucene commits are atomic, so a process killed at any
 * moment leaves the previous commit intact.
 */
public final class IndexStore implements AutoCloseable {
  private static final String SCHEMA_KEY = "sotay.schema";

  private final Directory directory;
  private final String location;
  private final SearcherManager searchers;
  private IndexWriter writer; // guarded by this; opened on the first write, dropped after a failed one

  public IndexStore(Path indexDir) throws IOException {
    this(open(indexDir), indexDir.toString());
  }

  /** Over any directory: tests pass one that fails writes. The store closes it. */
  IndexStore(Directory directory, String location) throws IOException {
    this.directory = directory;
    this.location = location;
    try {
      if (!DirectoryReader.indexExists(directory) || !Fields.SCHEMA_VERSION.equals(schemaOfLastCommit())) {
        write(IndexWriter::deleteAll);
        write(this::commitTo);
      }
      this.searchers = new SearcherManager(directory, new SearcherFactory());
    } catch (IOException | RuntimeException e) {
      discardChanges();
      directory.close();
      throw e;
    }
  }

  private static Directory open(Path indexDir) throws IOException {
    try {
      Files.createDirectories(indexDir);
      return FSDirectory.open(indexDir);
    } catch (IOException e) {
      throw new IndexWriteException(indexDir.toString(), e);
    }
  }

  private String schemaOfLastCommit() throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
  }

  /** Replaces every record of a source file at once. IllegalArgumentException: Lucene refused these documents. */
  synchronized void replace(String source, List<Document> docs) throws IOException {
    write(w -> w.updateDocuments(new Term(Fields.SOURCE, source), docs));
  }

  synchronized void delete(String source) throws IOException {
    write(w -> w.deleteDocuments(new Term(Fields.SOURCE, source)));
  }

  /** Makes every change since the last commit durable and visible, atomically. */
  synchronized void commit() throws IOException {
    write(this::commitTo);
    searchers.maybeRefreshBlocking();
  }

  private void commitTo(IndexWriter w) throws IOException {
    w.setLiveCommitData(Map.of(SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
    w.commit();
  }

  /**
   * Merges the index into one segment: searches look every term up once instead of once per segment (a third
   * faster on a large corpus). Worth it after a large update only; small ones leave merging to Lucene's policy.
   */
  synchronized void mergeDown() throws IOException {
    write(w -> w.forceMerge(1));
  }

  /** Forgets every change since the last commit. */
  synchronized void discardChanges() {
    if (writer == null) return;
    try {
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // rollback releases the write lock even when it fails; the writer is dropped either way
    }
    writer = null;
  }

  private interface WriterAction {
    void run(IndexWriter writer) throws IOException;
  }

  /**
   * Runs one write. A document Lucene refuses (IllegalArgumentException) leaves the writer usable; any other
   * failure may have left it broken (a "tragic" exception closes it), so the changes since the last commit are
   * dropped with it and the caller gets an {@link IndexWriteException}.
   */
  private synchronized void write(WriterAction action) throws IOException {
    try {
      if (writer == null || !writer.isOpen()) writer = new IndexWriter(directory, writerConfig());
      action.run(writer);
    } catch (IllegalArgumentException e) {
      if (writer != null && writer.isOpen() && writer.getTragicException() == null) throw e;
      discardChanges();
      throw new IndexWriteException(location, e);
    } catch (IOException | RuntimeException e) {
      discardChanges();
      throw new IndexWriteException(location, e);
    }
  }

  private static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    return config;
  }

  /** Borrow a searcher; always release it in a finally block. */
  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** A number that changes whenever what searchers see changes; caches key on it. */
  public long version(IndexSearcher searcher) {
    return ((DirectoryReader) searcher.getIndexReader()).getVersion();
  }

  @Override
  public synchronized void close() throws IOException {
    searchers.close();
    discardChanges(); // nothing uncommitted is wanted
    directory.close();
  }
}
