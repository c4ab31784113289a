package vn.sotay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the heap in use every few milliseconds while open; {@link #peakBytes()} is the largest sample. */
final class HeapWatch implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;

  HeapWatch() {
    sampler = Thread.ofPlatform().daemon().name("bench-heap").start(() -> {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  long peakBytes() {
    return peak;
  }

  /** Heap in use after a full collection: what the loaded index and caches really keep. */
  long liveBytes() {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
  }
}
