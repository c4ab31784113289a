package vn.sotay.bench;

import java.util.Arrays;

/** Durations of many calls, sorted once, and the percentiles reported from them. */
public final class Latencies {
  private final long[] sortedNanos;

  private Latencies(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  public static Latencies of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted);
  }

  public int count() {
    return sortedNanos.length;
  }

  /**
   * Nearest rank: the smallest duration that at least {@code percent}% of the calls did not exceed. With 100 calls
   * p99 is the 99th fastest, so one slow call in a hundred does not show and two do.
   */
  public long percentileNanos(double percent) {
    if (sortedNanos.length == 0) throw new IllegalStateException("no durations recorded");
    if (percent <= 0 || percent > 100) throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
    // the small margin keeps 99.9% of 1000 at rank 999 despite binary rounding (99.9 * 1000 > 99900)
    int rank = (int) Math.ceil(percent * sortedNanos.length / 100.0 - 1e-9);
    return sortedNanos[Math.max(1, rank) - 1];
  }

  public double percentileMs(double percent) {
    return percentileNanos(percent) / 1e6;
  }

  public double p50Ms() {
    return percentileMs(50);
  }

  public double p99Ms() {
    return percentileMs(99);
  }
}
