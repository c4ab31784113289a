package vn.sotay.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Keeps the index in step with the corpus folders. Thread-safe; updates are serialized. */
public interface CorpusMaintenance {
  /** Re-reads changed files, drops removed ones, commits once. */
  IndexReport update() throws IOException;

  /** The corpus folders, in the order given; the first is where uploads go. */
  List<Path> corpusRoots();
}
