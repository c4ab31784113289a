package vn.sotay.telegram;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import vn.sotay.throttle.TokenBuckets;

/**
 * A per-chat budget: a burst of requests, then one more every refill period. A chat that runs out is told once to
 * wait ({@link Verdict#WARN}); what it sends until the budget recovers is dropped silently, so flooding the bot
 * cannot make it flood back.
 */
final class ChatThrottle {
  enum Verdict { GO, WARN, DROP }

  private static final int MAX_CHATS = 50_000;

  private final TokenBuckets<Long> budgets;
  private final Set<Long> warned = ConcurrentHashMap.newKeySet();

  ChatThrottle(int burst, Duration refill, LongSupplier nanoClock) {
    this.budgets = new TokenBuckets<>(burst, refill.toNanos(), MAX_CHATS, nanoClock);
  }

  Verdict admit(long chatId) {
    if (budgets.take(chatId) == 0) {
      warned.remove(chatId);
      return Verdict.GO;
    }
    if (warned.size() > MAX_CHATS) warned.clear(); // at worst a flooding chat is told once more to wait
    return warned.add(chatId) ? Verdict.WARN : Verdict.DROP;
  }

  /** Whole seconds until the chat may send again (at least 1). */
  long secondsToWait(long chatId) {
    return TokenBuckets.seconds(budgets.waitNanos(chatId));
  }
}
