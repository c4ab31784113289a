package vn.sotay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.sotay.answer.Assistant;
import vn.sotay.index.CorpusMaintenance;
import vn.sotay.search.Library;

/**
 * STUB (owner: lead). The engine every front end shares: built from corpus folders into an on-disk index.
 * Usage: {@code try (Engine engine = Engine.open(List.of(Path.of("corpus")), Path.of("index"))) {...}}
 */
public final class Engine implements AutoCloseable {
  private final Library library;
  private final Assistant assistant;
  private final CorpusMaintenance maintenance;

  private Engine(Library library, Assistant assistant, CorpusMaintenance maintenance) {
    this.library = library;
    this.assistant = assistant;
    this.maintenance = maintenance;
  }

  /** Opens (creating or updating) the index at indexDir from the corpus folders. */
  public static Engine open(List<Path> corpusRoots, Path indexDir) throws IOException {
    throw new UnsupportedOperationException("not built yet");
  }

  public Library library() {
    return library;
  }

  public Assistant assistant() {
    return assistant;
  }

  public CorpusMaintenance maintenance() {
    return maintenance;
  }

  @Override
  public void close() throws IOException {}
}
