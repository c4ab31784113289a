package vn.sotay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** How much text a corpus holds: its visible files and their bytes (hidden files are not indexed, so not counted). */
public record CorpusSize(long files, long bytes) {
  public static CorpusSize of(List<Path> roots) throws IOException {
    long files = 0;
    long bytes = 0;
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          if (isHidden(root.relativize(p))) continue;
          files++;
          bytes += Files.size(p);
        }
      }
    }
    return new CorpusSize(files, bytes);
  }

  static boolean isHidden(Path relative) {
    for (Path part : relative) if (part.toString().startsWith(".")) return true;
    return false;
  }

  public double megabytes() {
    return bytes / (1024.0 * 1024.0);
  }
}
