package vn.sotay.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk index: one writer for updates and a searcher manager for readers. A commit whose schema version
 * differs from {@link Fields#SCHEMA_VERSION} is discarded on open, so analysis changes rebuild the index.
 */
public final class IndexStore implements AutoCloseable {
  private static final String SCHEMA_KEY = "sotay.schema";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public IndexStore(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    this.directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    if (!Fields.SCHEMA_VERSION.equals(schemaOfLastCommit())) {
      writer.deleteAll();
      commit();
    }
    this.searchers = new SearcherManager(writer, new SearcherFactory());
  }

  private String schemaOfLastCommit() {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (SCHEMA_KEY.equals(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  IndexWriter writer() {
    return writer;
  }

  /** Makes every change since the last commit durable and visible, atomically. */
  void commit() throws IOException {
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
    writer.commit();
    if (searchers != null) {
      searchers.maybeRefreshBlocking();
    }
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
  public void close() throws IOException {
    searchers.close();
    writer.rollback(); // nothing uncommitted is wanted; rollback also closes
    directory.close();
  }
}
