package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.sotay.telegram.ChatThrottle.Verdict;

/** A chat gets a burst, is warned once when it runs out, and is heard again as its budget refills. */
class ChatThrottleTest {
  private final AtomicLong now = new AtomicLong();
  private final ChatThrottle throttle = new ChatThrottle(3, Duration.ofSeconds(10), now::get);

  @Test
  void aBurstThenOneWarningThenSilence() {
    for (int i = 0; i < 3; i++) assertEquals(Verdict.GO, throttle.admit(1));
    assertEquals(Verdict.WARN, throttle.admit(1));
    assertEquals(Verdict.DROP, throttle.admit(1));
    assertEquals(Verdict.DROP, throttle.admit(1));
    assertEquals(10, throttle.secondsToWait(1));
  }

  @Test
  void theBudgetRefillsOverTimeAndWarnsAgainNextTime() {
    for (int i = 0; i < 4; i++) throttle.admit(1);
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertEquals(Verdict.GO, throttle.admit(1));
    assertEquals(Verdict.WARN, throttle.admit(1));
  }

  @Test
  void chatsHaveTheirOwnBudgets() {
    for (int i = 0; i < 4; i++) throttle.admit(1);
    assertEquals(Verdict.GO, throttle.admit(2));
  }
}
