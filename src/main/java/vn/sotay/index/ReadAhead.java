package vn.sotay.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import vn.sotay.analysis.SyllableAnalysis;
import vn.sotay.document.Access;
import vn.sotay.document.DocumentLoader;
import vn.sotay.document.ParsedDocument;
import vn.sotay.document.UnreadableDocumentException;

/**
 * Stamps, reads and analyses the files of an update on worker threads, a few files ahead of the thread that hands
 * them to the index, and gives them back in their order. Reading and analysing were about half of the cost of
 * indexing and ran on one core while the other idled; the index still takes one file at a time.
 */
final class ReadAhead implements AutoCloseable {
  static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  /** Files prepared ahead at most: bounds the memory held by analysed documents waiting for the index. */
  private static final int WINDOW = THREADS + 1;

  /**
   * What one file came to before the index takes it; {@code docs} only when it was read, {@code notices} what
   * reading it noticed.
   */
  record Prepared(Outcome outcome, String stamp, List<Document> docs, List<String> notices, String reason) {}

  enum Outcome {
    /** deleted while the folder was walked */
    GONE,
    /** its bytes could not be read to stamp it ({@code reason} says why) */
    UNSTAMPED,
    UNCHANGED,
    /** unchanged since it last failed to read ({@code reason} is that failure) */
    FAILED_BEFORE,
    READ,
    /** read and refused ({@code reason}) */
    FAILED
  }

  private final DocumentLoader loader;
  private final ExecutorService workers;
  private final Deque<Future<Prepared>> window = new ArrayDeque<>();
  private final Iterator<Request> pending;
  /** One per worker thread, for the whole update: short documents alone would remember few spellings. */
  private final ThreadLocal<SyllableAnalysis> analyses = ThreadLocal.withInitial(SyllableAnalysis::new);

  /**
   * A file to prepare, in its corpus folder, with the access its folder gives it (its own word wins; the stamp
   * includes the folder's); {@code known} says what its new stamp makes of it.
   */
  record Request(Path root, Path file, Access folderAccess, Known known) {}

  /** What a stamp says without reading: UNCHANGED, FAILED_BEFORE, or null when the file must be read. */
  interface Known {
    /** Called on a worker thread: it must only read what does not change during the update. */
    Prepared of(String stamp);
  }

  ReadAhead(DocumentLoader loader, List<Request> requests) {
    this.loader = loader;
    this.workers = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "sotay-read-ahead");
      t.setDaemon(true);
      return t;
    });
    this.pending = requests.iterator();
    fill();
  }

  /** The next file's preparation, in the order requested. */
  Prepared next() throws IOException {
    Future<Prepared> head = window.poll();
    if (head == null) throw new IllegalStateException("no file left to prepare");
    fill();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading files", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) throw error;
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      throw (RuntimeException) e.getCause();
    }
  }

  private void fill() {
    while (window.size() < WINDOW && pending.hasNext()) {
      Request r = pending.next();
      window.add(workers.submit(() -> prepare(r)));
    }
  }

  private Prepared prepare(Request r) {
    String stamp;
    try {
      // the time is read before the bytes: a file changed while hashed looks changed next time
      String modified = Stamps.modified(Files.size(r.file()), Files.getLastModifiedTime(r.file()).toMillis());
      stamp = Stamps.of(CorpusIndexer.stamp(r.file()), r.folderAccess().code(), modified);
    } catch (NoSuchFileException gone) {
      return new Prepared(Outcome.GONE, null, null, List.of(), null);
    } catch (IOException e) {
      return new Prepared(Outcome.UNSTAMPED, null, null, List.of(), "Không đọc được tệp: " + e.getMessage());
    }
    Prepared known = r.known().of(stamp);
    if (known != null) return known;
    List<String> notices = List.of();
    try {
      ParsedDocument parsed = loader.load(r.root(), r.file());
      if (parsed.metadata().access() == null) parsed = parsed.withAccess(r.folderAccess());
      notices = parsed.notices();
      return new Prepared(Outcome.READ, stamp, PassageDocuments.of(parsed, stamp, analyses.get()), notices, null);
    } catch (UnreadableDocumentException e) {
      return new Prepared(Outcome.FAILED, stamp, null, notices, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Prepared(Outcome.FAILED, stamp, null, notices, "Lỗi khi đọc tệp: " + e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
