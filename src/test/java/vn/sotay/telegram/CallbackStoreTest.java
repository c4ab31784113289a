package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.sotay.telegram.BotAction.LatestPage;
import vn.sotay.telegram.BotAction.SearchPage;

/** Paging state lives on the server behind short keys that expire, are bounded in number and stay in their chat. */
class CallbackStoreTest {
  private final AtomicLong now = new AtomicLong();
  private final CallbackStore store = new CallbackStore(3, Duration.ofMinutes(10), now::get);

  @Test
  void aKeyFitsInCallbackDataAndGivesBackItsAction() {
    BotAction action = new SearchPage("nhân lực ".repeat(200), 5, true);
    String key = store.put(7, action);
    assertTrue(key.getBytes(StandardCharsets.UTF_8).length <= 64, key);
    assertTrue(key.matches("[A-Za-z0-9_-]+"), key);
    assertEquals(Optional.of(action), store.get(7, key));
    assertEquals(Optional.of(action), store.get(7, key), "a page can be visited again");
  }

  @Test
  void unknownKeysAndKeysOfAnotherChatGiveNothing() {
    String key = store.put(7, new LatestPage(0, true));
    assertEquals(Optional.empty(), store.get(8, key));
    assertEquals(Optional.empty(), store.get(7, "khong-co"));
    assertEquals(Optional.empty(), store.get(7, null));
  }

  @Test
  void keysExpire() {
    String key = store.put(7, new LatestPage(0, true));
    now.addAndGet(Duration.ofMinutes(10).toNanos() - 1);
    assertTrue(store.get(7, key).isPresent());
    now.addAndGet(1);
    assertEquals(Optional.empty(), store.get(7, key));
  }

  @Test
  void theOldestKeyGoesWhenFull() {
    String first = store.put(7, new LatestPage(0, true));
    String second = store.put(7, new LatestPage(5, true));
    store.put(7, new LatestPage(10, true));
    store.put(7, new LatestPage(15, true));
    assertEquals(3, store.size());
    assertEquals(Optional.empty(), store.get(7, first));
    assertEquals(Optional.of(new LatestPage(5, true)), store.get(7, second));
  }

  @Test
  void expiredKeysMakeRoomBeforeLiveOnes() {
    store.put(7, new LatestPage(0, true));
    now.addAndGet(Duration.ofMinutes(11).toNanos());
    String live = store.put(7, new LatestPage(5, true));
    assertEquals(1, store.size());
    assertTrue(store.get(7, live).isPresent());
  }

  @Test
  void keysDoNotRepeat() {
    CallbackStore big = new CallbackStore(100_000, Duration.ofHours(1), now::get);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 50_000; i++) keys.add(big.put(1, new LatestPage(i, true)));
    assertEquals(50_000, keys.size());
  }
}
