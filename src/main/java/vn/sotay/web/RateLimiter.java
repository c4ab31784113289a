package vn.sotay.web;

import java.util.function.LongSupplier;
import vn.sotay.throttle.TokenBuckets;

/** Per client: a burst of a quarter of the minute's budget, refilled evenly over the minute. */
final class RateLimiter {
  private static final long MINUTE_NANOS = 60_000_000_000L;
  private static final int MAX_CLIENTS = 100_000;

  private final TokenBuckets<String> buckets;

  /** @param perMinute requests a client may make per minute; 0 or less = unlimited */
  RateLimiter(int perMinute, LongSupplier nanoClock) {
    this.buckets = perMinute <= 0 ? null
        : new TokenBuckets<>(perMinute / 4.0, MINUTE_NANOS / perMinute, MAX_CLIENTS, nanoClock);
  }

  /** 0 when the request may go ahead, else the seconds to wait before the next one will. */
  long acquire(String client) {
    if (buckets == null) return 0;
    long wait = buckets.take(client);
    return wait == 0 ? 0 : TokenBuckets.seconds(wait);
  }
}
