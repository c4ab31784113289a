package vn.sotay.telegram;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A per-chat budget: a burst of requests, then one more every refill period. A chat that runs out is told once to
 * wait ({@link Verdict#WARN}); what it sends until the budget recovers is dropped silently, so flooding the bot
 * cannot make it flood back.
 */
final class ChatThrottle {
  enum Verdict { GO, WARN, DROP }

  private static final int MAX_CHATS = 50_000;

  private final int burst;
  private final long refillNanos;
  private final LongSupplier clock;
  private final ConcurrentHashMap<Long, Budget> budgets = new ConcurrentHashMap<>();

  private static final class Budget {
    double tokens;
    long updated;
    boolean warned;

    Budget(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  ChatThrottle(int burst, Duration refill, LongSupplier nanoClock) {
    this.burst = burst;
    this.refillNanos = Math.max(1, refill.toNanos());
    this.clock = nanoClock;
  }

  Verdict admit(long chatId) {
    long now = clock.getAsLong();
    if (budgets.size() > MAX_CHATS) {
      // a chat idle long enough to have refilled its whole burst is the same as a new one
      budgets.values().removeIf(b -> now - b.updated > refillNanos * burst);
    }
    Budget b = budgets.computeIfAbsent(chatId, id -> new Budget(burst, now));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (now - b.updated) / (double) refillNanos);
      b.updated = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        b.warned = false;
        return Verdict.GO;
      }
      if (b.warned) return Verdict.DROP;
      b.warned = true;
      return Verdict.WARN;
    }
  }

  /** Whole seconds until the chat may send again (at least 1). */
  long secondsToWait(long chatId) {
    Budget b = budgets.get(chatId);
    if (b == null) return 1;
    synchronized (b) {
      double missing = Math.max(0, 1 - b.tokens);
      return Math.max(1, (long) Math.ceil(missing * refillNanos / 1e9));
    }
  }
}
