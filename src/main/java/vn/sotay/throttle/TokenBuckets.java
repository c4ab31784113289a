package vn.sotay.throttle;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a web client, a Telegram chat): a burst, then tokens refilled evenly. Buckets idle long
 * enough to have refilled completely are dropped once there are many, so the map stays bounded. Thread-safe.
 */
public final class TokenBuckets<K> {
  private final double burst;
  private final long nanosPerToken;
  private final int maxKeys;
  private final LongSupplier clock;
  private final ConcurrentHashMap<K, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  /**
   * @param burst tokens a new or rested key starts with (at least 1)
   * @param nanosPerToken time to earn one token back
   * @param nanoClock System::nanoTime, or a test clock
   */
  public TokenBuckets(double burst, long nanosPerToken, int maxKeys, LongSupplier nanoClock) {
    this.burst = Math.max(1, burst);
    this.nanosPerToken = Math.max(1, nanosPerToken);
    this.maxKeys = maxKeys;
    this.clock = nanoClock;
  }

  /** Takes a token: 0 when granted, else the nanoseconds until one will be there. */
  public long take(K key) {
    long now = clock.getAsLong();
    if (buckets.size() > maxKeys) buckets.values().removeIf(b -> now - b.updated > nanosPerToken * burst);
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
    synchronized (b) {
      refill(b, now);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return missing(b);
    }
  }

  /** The nanoseconds until the key may take a token again, without taking one (0 when it may now). */
  public long waitNanos(K key) {
    Bucket b = buckets.get(key);
    if (b == null) return 0;
    synchronized (b) {
      refill(b, clock.getAsLong());
      return b.tokens >= 1 ? 0 : missing(b);
    }
  }

  private void refill(Bucket b, long now) {
    b.tokens = Math.min(burst, b.tokens + (now - b.updated) / (double) nanosPerToken);
    b.updated = now;
  }

  private long missing(Bucket b) {
    return (long) Math.ceil((1 - b.tokens) * nanosPerToken);
  }

  /** Whole seconds a wait of so many nanoseconds rounds up to, at least one. */
  public static long seconds(long nanos) {
    return Math.max(1, (long) Math.ceil(nanos / 1e9));
  }
}
