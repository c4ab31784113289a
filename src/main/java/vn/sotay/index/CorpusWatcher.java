package vn.sotay.index;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.sotay.document.FolderAccess;

/**
 * Keeps the index in step with the corpus folders while the server runs. File events anywhere under the folders
 * (new subfolders are watched as they appear) start an update once they have been quiet for {@link Timing#quiet},
 * or after {@link Timing#longest} when they never stop. Lost events (overflow) start an update at once; if the
 * system's watch service cannot be had or fails, the folders are rescanned every {@link Timing#poll} instead. Even
 * while watching, a rescan every {@link Timing#rescan} catches what events miss (network shares). One background
 * thread; searches go on during updates, which only show once committed.
 */
public final class CorpusWatcher implements AutoCloseable {
  private static final long NONE = Long.MIN_VALUE;

  /**
   * @param quiet how long events must pause before an update
   * @param longest the most an event waits when events never pause
   * @param poll the rescan period when there is no watch service, and the retry delay after a failed update
   * @param rescan the rescan period while watching
   */
  public record Timing(Duration quiet, Duration longest, Duration poll, Duration rescan) {
    public static final Timing DEFAULT =
        new Timing(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  /** Told of every update the watcher makes and of every failure; called on the watcher thread. */
  public interface Listener {
    void updated(IndexReport report);

    void failed(Exception error);
  }

  /** Where the watch service comes from; tests hand in one they can break. */
  interface WatchServices {
    WatchService open() throws IOException;
  }

  private final CorpusMaintenance maintenance;
  private final Timing timing;
  private final Listener listener;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final WatchServices services;
  private final Thread thread;
  private volatile WatchService service; // null while rescanning instead of watching

  // state of the watcher thread only
  private long pendingSince = NONE;
  private long lastEvent = NONE;
  private long lastUpdate;
  private long retryAt = NONE;
  private final Map<Path, WatchKey> rootKeys = new HashMap<>();

  private CorpusWatcher(CorpusMaintenance maintenance, Timing timing, Listener listener, WatchServices services) {
    this.maintenance = maintenance;
    this.timing = timing;
    this.listener = listener;
    this.services = services;
    this.thread = new Thread(this::run, "sotay-corpus-watcher");
    thread.setDaemon(true);
  }

  /** Starts watching the corpus folders of maintenance; the caller closes the watcher. */
  public static CorpusWatcher start(CorpusMaintenance maintenance, Timing timing, Listener listener) {
    return start(maintenance, timing, listener, () -> FileSystems.getDefault().newWatchService());
  }

  static CorpusWatcher start(CorpusMaintenance maintenance, Timing timing, Listener listener, WatchServices services) {
    CorpusWatcher watcher = new CorpusWatcher(maintenance, timing, listener, services);
    // changes made between the last update and the start of watching are caught by a first update
    watcher.lastUpdate = watcher.pendingSince = watcher.lastEvent = System.nanoTime();
    watcher.thread.start();
    return watcher;
  }

  /** True while file events are watched; false when the folders are rescanned periodically instead. */
  public boolean watching() {
    return service != null;
  }

  /**
   * Watching starts on the watcher's own thread: registering a large archive's folders walks all of it (a second for
   * 390,000 files), which a server should not wait for before it answers. The first update comes after it.
   */
  private void run() {
    try {
      service = services.open();
      registerRoots();
    } catch (IOException | RuntimeException e) {
      fallBack(e);
    }
    try {
      loop();
    } finally {
      closeQuietly(service); // close() may have come while the service was being opened
    }
  }

  private void loop() {
    while (closing.getCount() > 0) {
      long now = System.nanoTime();
      long due = dueAt();
      if (now - due >= 0) {
        update();
        continue;
      }
      WatchService watch = service;
      try {
        if (watch == null) {
          closing.await(due - now, TimeUnit.NANOSECONDS);
        } else {
          WatchKey key = watch.poll(due - now, TimeUnit.NANOSECONDS);
          if (key != null) take(key);
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) { // ClosedWatchServiceException among them
        if (closing.getCount() == 0) return;
        fallBack(e);
      }
    }
  }

  private long dueAt() {
    long due;
    if (pendingSince != NONE) {
      due = Math.min(lastEvent + timing.quiet().toNanos(), pendingSince + timing.longest().toNanos());
    } else {
      due = lastUpdate + (service == null ? timing.poll() : timing.rescan()).toNanos();
    }
    return retryAt != NONE && retryAt - due > 0 ? retryAt : due;
  }

  private void update() {
    try {
      IndexReport report = maintenance.update();
      pendingSince = NONE;
      retryAt = NONE;
      listener.updated(report);
    } catch (IOException | RuntimeException e) {
      retryAt = System.nanoTime() + timing.poll().toNanos();
      if (pendingSince == NONE) pendingSince = System.nanoTime();
      listener.failed(e);
    }
    lastUpdate = System.nanoTime();
    if (service != null && closing.getCount() > 0) {
      try {
        registerNewRoots(); // a corpus folder created or re-created since
      } catch (IOException | RuntimeException e) {
        fallBack(e);
      }
    }
  }

  /** Notes the events of one folder; watches new subfolders. */
  private void take(WatchKey key) throws IOException {
    Path dir = (Path) key.watchable();
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        relevant = true;
        registerRoots(); // events were lost, new folders among them perhaps
        continue;
      }
      Path name = (Path) event.context();
      if (isIgnored(name)) continue;
      relevant = true;
      Path child = dir.resolve(name);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) register(child);
    }
    key.reset();
    if (relevant) {
      long now = System.nanoTime();
      if (pendingSince == NONE) pendingSince = now;
      lastEvent = now;
    }
  }

  /**
   * Hidden files (upload parts, editor swap files) and Office lock files never reach the index; a folder's access
   * rule is hidden too but changes what its documents are.
   */
  private static boolean isIgnored(Path name) {
    String s = name.toString();
    return (s.startsWith(".") || s.startsWith("~$")) && !s.equals(FolderAccess.FILE_NAME);
  }

  private void registerRoots() throws IOException {
    for (Path root : maintenance.corpusRoots()) {
      if (Files.isDirectory(root)) rootKeys.put(root, register(root));
    }
  }

  /**
   * Watches the corpus folders that are not watched (yet, or any more); the others are watched down to their newest
   * subfolder already, and walking them all again cost a second per update on a large archive.
   */
  private void registerNewRoots() throws IOException {
    for (Path root : maintenance.corpusRoots()) {
      WatchKey key = rootKeys.get(root);
      if ((key == null || !key.isValid()) && Files.isDirectory(root)) rootKeys.put(root, register(root));
    }
  }

  /**
   * Watches a folder and every folder under it; each is watched before it is listed, so nothing slips between.
   * Returns the folder's own key, or null when it is not watched.
   */
  private WatchKey register(Path top) throws IOException {
    WatchService watch = service;
    if (watch == null) return null;
    WatchKey[] topKey = new WatchKey[1];
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(top) && isIgnored(dir.getFileName())) return FileVisitResult.SKIP_SUBTREE;
        try {
          WatchKey key = dir.register(watch, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
          if (dir.equals(top)) topKey[0] = key;
        } catch (NoSuchFileException gone) {
          return FileVisitResult.SKIP_SUBTREE; // removed as soon as created: its delete event follows
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // vanished meanwhile, or unreadable: the update reports it
      }
    });
    return topKey[0];
  }

  /** No more events: rescan now, then every poll period. */
  private void fallBack(Exception cause) {
    WatchService broken = service;
    service = null;
    closeQuietly(broken);
    if (closing.getCount() == 0) return;
    if (pendingSince == NONE) pendingSince = System.nanoTime();
    lastEvent = System.nanoTime();
    long ms = timing.poll().toMillis();
    String every = ms % 1000 == 0 ? ms / 1000 + " giây" : ms + " ms";
    listener.failed(new IOException("Không theo dõi được thư mục văn bản (" + cause + "); chuyển sang quét lại mỗi "
        + every + ".", cause));
  }

  /** Stops watching; waits a little for an update in progress (one cut short is finished by the next start). */
  @Override
  public void close() {
    closing.countDown();
    closeQuietly(service); // wakes the watcher thread from its wait for events
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(WatchService watch) {
    if (watch == null) return;
    try {
      watch.close();
    } catch (IOException ignored) {
      // it is being given up either way
    }
  }
}
