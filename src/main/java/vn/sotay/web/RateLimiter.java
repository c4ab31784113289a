package vn.sotay.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: a burst of a quarter of the minute's budget, refilled evenly over the minute.
 * Buckets of clients idle for long are dropped so the map cannot grow without bound.
 */
final class RateLimiter {
  private static final long MINUTE_NANOS = 60_000_000_000L;
  private static final int MAX_CLIENTS = 100_000;

  private final int perMinute;
  private final double burst;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  RateLimiter(int perMinute, LongSupplier nanoClock) {
    this.perMinute = perMinute;
    this.burst = Math.max(1, perMinute / 4.0);
    this.clock = nanoClock;
  }

  /** 0 when the request may go ahead, else the seconds to wait before the next one will. */
  long acquire(String client) {
    if (perMinute <= 0) return 0;
    long now = clock.getAsLong();
    if (buckets.size() > MAX_CLIENTS) buckets.values().removeIf(b -> now - b.updated > MINUTE_NANOS);
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
    synchronized (bucket) {
      double perNano = perMinute / (double) MINUTE_NANOS;
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perNano);
      bucket.updated = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
    }
  }
}
