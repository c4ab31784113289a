package vn.sotay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void p50AndP99OfAHundredCallsAreThe50thAnd99thFastest() {
    long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 101).toArray(); // 1..100 out of order
    Latencies l = Latencies.of(shuffled);
    assertEquals(50, l.percentileNanos(50));
    assertEquals(99, l.percentileNanos(99));
    assertEquals(100, l.percentileNanos(100));
    assertEquals(1, l.percentileNanos(1));
  }

  @Test
  void oneSlowCallInAHundredStaysOutOfP99AndTwoDoNot() {
    long[] one = LongStream.range(0, 100).map(i -> i == 7 ? 1_000_000 : 1_000).toArray();
    assertEquals(1_000, Latencies.of(one).percentileNanos(99));
    long[] two = LongStream.range(0, 100).map(i -> i == 7 || i == 50 ? 1_000_000 : 1_000).toArray();
    assertEquals(1_000_000, Latencies.of(two).percentileNanos(99));
  }

  @Test
  void percentilesOfFewCallsRoundUpToARealCall() {
    Latencies three = Latencies.of(new long[] {30, 10, 20});
    assertEquals(20, three.percentileNanos(50)); // rank ceil(1.5) = 2
    assertEquals(30, three.percentileNanos(99));
    assertEquals(10, Latencies.of(new long[] {10}).percentileNanos(99));
  }

  @Test
  void aFractionalPercentileIsNotPushedUpByRounding() {
    long[] thousand = LongStream.rangeClosed(1, 1000).toArray();
    assertEquals(999, Latencies.of(thousand).percentileNanos(99.9));
    assertEquals(990, Latencies.of(thousand).percentileNanos(99));
  }

  @Test
  void millisecondsAreNanosecondsOverAMillion() {
    Latencies l = Latencies.of(new long[] {2_500_000, 1_500_000});
    assertEquals(1.5, l.p50Ms(), 1e-9);
    assertEquals(2.5, l.p99Ms(), 1e-9);
  }

  @Test
  void theRecordedArrayIsCopiedNotSortedInPlace() {
    long[] nanos = {3, 1, 2};
    Latencies.of(nanos);
    assertEquals(3, nanos[0]);
  }

  @Test
  void noCallsOrABadPercentileAreErrors() {
    assertThrows(IllegalStateException.class, () -> Latencies.of(new long[0]).p50Ms());
    assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[] {1}).percentileNanos(0));
    assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[] {1}).percentileNanos(101));
  }
}
