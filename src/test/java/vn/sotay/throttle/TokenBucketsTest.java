package vn.sotay.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong();

  @Test
  void aBurstThenOneTokenPerPeriod() {
    TokenBuckets<String> buckets = new TokenBuckets<>(3, 2 * SECOND, 100, now::get);
    for (int i = 0; i < 3; i++) assertEquals(0, buckets.take("a"), "burst " + i);
    long wait = buckets.take("a");
    assertEquals(2 * SECOND, wait);
    assertEquals(2, TokenBuckets.seconds(wait));
    now.addAndGet(SECOND);
    assertEquals(SECOND, buckets.waitNanos("a"), "half a token earned back");
    now.addAndGet(SECOND);
    assertEquals(0, buckets.take("a"));
    assertEquals(0, buckets.take("b"), "keys are apart");
  }

  @Test
  void restedKeysNeverHoldMoreThanTheBurst() {
    TokenBuckets<String> buckets = new TokenBuckets<>(2, SECOND, 100, now::get);
    buckets.take("a");
    now.addAndGet(100 * SECOND);
    assertEquals(0, buckets.take("a"));
    assertEquals(0, buckets.take("a"));
    assertTrue(buckets.take("a") > 0);
  }

  @Test
  void manyIdleKeysAreForgotten() {
    TokenBuckets<Integer> buckets = new TokenBuckets<>(1, SECOND, 10, now::get);
    for (int i = 0; i < 11; i++) buckets.take(i);
    now.addAndGet(5 * SECOND);
    buckets.take(99); // over the bound: the rested ones go
    assertEquals(0, buckets.waitNanos(0));
    assertEquals(0, buckets.take(0), "a forgotten key starts afresh");
  }
}
