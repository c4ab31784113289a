package vn.sotay.index;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.sotay.document.CorpusLoader;

/**
 * One index update of a corpus folder with the real readers, in a JVM of its own, for tests that kill it or bound
 * its heap. Arguments: corpus folder, index folder, progress commit period in ms. Prints "open" once the index is
 * open, then "skipped TAB file TAB reason" per skipped file, then "done DOCUMENTS PASSAGES PEAK_HEAP_BYTES".
 */
public final class IndexingProcess {
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    try (IndexStore store = new IndexStore(Path.of(args[1]))) {
      out.println("open");
      CorpusIndexer indexer = new CorpusIndexer(store, new CorpusLoader(), List.of(Path.of(args[0])),
          Duration.ofMillis(Long.parseLong(args[2])));
      IndexReport report = indexer.update();
      for (IndexReport.Skipped s : report.skipped()) out.println("skipped\t" + s.file() + "\t" + s.reason());
      out.println("done " + report.documents() + " " + report.passages() + " " + peakHeapBytes());
    }
  }

  /** The sum of each heap pool's peak: an upper bound of the heap ever in use. */
  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** A running child and the lines it printed so far. */
  static final class Child implements AutoCloseable {
    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    final List<String> seen = new ArrayList<>();

    /** Starts a child with the java of this JVM and its class path. */
    Child(List<String> jvmOptions, Path corpus, Path index, Duration commitEvery) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("--enable-native-access=ALL-UNNAMED");
      command.add("-Dfile.encoding=UTF-8");
      command.addAll(jvmOptions);
      command.add(IndexingProcess.class.getName());
      command.add(corpus.toString());
      command.add(index.toString());
      command.add(Long.toString(commitEvery.toMillis()));
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
      reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = in.readLine()) != null; ) lines.add(line);
        } catch (IOException ignored) {
          // the child was killed
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for a line starting with prefix; null if the child ends or the time runs out first. */
    String await(String prefix, Duration patience) throws InterruptedException {
      long deadline = System.nanoTime() + patience.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(50, TimeUnit.MILLISECONDS);
        if (line == null) {
          if (!reader.isAlive() && lines.isEmpty()) return null; // the child ended and said everything
          continue;
        }
        seen.add(line);
        if (line.startsWith(prefix)) return line;
      }
      return null;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
