package vn.sotay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.sotay.answer.Assistant;
import vn.sotay.answer.CitingAssistant;
import vn.sotay.document.CorpusLoader;
import vn.sotay.document.DocumentLoader;
import vn.sotay.index.CorpusIndexer;
import vn.sotay.index.CorpusMaintenance;
import vn.sotay.index.CorpusWatcher;
import vn.sotay.index.IndexAnalyzers;
import vn.sotay.index.IndexReport;
import vn.sotay.index.IndexStore;
import vn.sotay.search.Library;
import vn.sotay.search.LuceneLibrary;

/**
 * The engine every front end shares: corpus folders kept in an on-disk index, a library searching it and an
 * assistant answering from it. Usage: {@code try (Engine engine = Engine.open(roots, indexDir)) {...}}
 */
public final class Engine implements AutoCloseable {
  private final IndexStore store;
  private final Library library;
  private final Assistant assistant;
  private final CorpusIndexer maintenance;
  private final IndexReport firstReport;
  private CorpusWatcher watcher; // guarded by this

  private Engine(IndexStore store, DocumentLoader loader, List<Path> roots, Function<Library, Assistant> assistants,
      boolean updateFirst) throws IOException {
    this.store = store;
    this.maintenance = new CorpusIndexer(store, loader, roots);
    this.library = new LuceneLibrary(store, IndexAnalyzers.create());
    this.firstReport = updateFirst || library.stats().documents() == 0 ? maintenance.update() : null;
    this.assistant = assistants.apply(library);
  }

  /** Opens the index at indexDir (creating it if needed) and brings it up to date with the corpus folders. */
  public static Engine open(List<Path> corpusRoots, Path indexDir) throws IOException {
    return open(corpusRoots, indexDir, new CorpusLoader(), CitingAssistant::new);
  }

  public static Engine open(
      List<Path> corpusRoots, Path indexDir, DocumentLoader loader, Function<Library, Assistant> assistants)
      throws IOException {
    return open(corpusRoots, indexDir, loader, assistants, true);
  }

  /**
   * Opens the index for a server: one that already holds documents answers at once, as it was, and is brought up
   * to date by {@link #watchCorpus} (start-up stays within seconds on a large archive); an empty one is built first.
   */
  public static Engine openServing(List<Path> corpusRoots, Path indexDir) throws IOException {
    return open(corpusRoots, indexDir, new CorpusLoader(), CitingAssistant::new, false);
  }

  private static Engine open(List<Path> corpusRoots, Path indexDir, DocumentLoader loader,
      Function<Library, Assistant> assistants, boolean updateFirst) throws IOException {
    IndexStore store = new IndexStore(indexDir);
    try {
      return new Engine(store, loader, corpusRoots, assistants, updateFirst);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The library as the public sees it; {@code library().seenBy(Viewer.INTERNAL)} for a viewer granted more. */
  public Library library() {
    return library;
  }

  public Assistant assistant() {
    return assistant;
  }

  public CorpusMaintenance maintenance() {
    return maintenance;
  }

  /** What the update made on opening read, skipped and why; empty when a server opened an existing index as it was. */
  public java.util.Optional<IndexReport> openingReport() {
    return java.util.Optional.ofNullable(firstReport);
  }

  /**
   * Keeps the index in step with the corpus folders from now on (files added, changed or removed show in searches
   * within seconds) until the engine closes. After each update the library prepares its listings on the watcher's
   * thread, so the next user does not wait for them.
   */
  public synchronized void watchCorpus(CorpusWatcher.Listener listener) {
    if (watcher != null) return;
    watcher = CorpusWatcher.start(maintenance, CorpusWatcher.Timing.DEFAULT, new CorpusWatcher.Listener() {
      @Override
      public void updated(IndexReport report) {
        listener.updated(report);
        try {
          library.prepare();
        } catch (RuntimeException e) {
          // only a head start: the same work runs on first use, where a failure reaches the one who asked
        }
      }

      @Override
      public void failed(Exception error) {
        listener.failed(error);
      }
    });
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (watcher != null) watcher.close();
    }
    store.close();
  }
}
