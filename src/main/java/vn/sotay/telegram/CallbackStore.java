package vn.sotay.telegram;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Button actions behind short random keys (callback_data is limited to 64 bytes). Bounded: past the capacity the
 * oldest key goes; a key also expires after its time to live. A key works only in the chat it was made for.
 */
final class CallbackStore {
  static final int KEY_LENGTH = 12;
  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private record Entry(long chatId, BotAction action, long expires) {}

  private final int capacity;
  private final long ttlNanos;
  private final LongSupplier clock;
  private final SecureRandom random = new SecureRandom();
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  CallbackStore(int capacity, Duration ttl, LongSupplier nanoClock) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
    this.capacity = capacity;
    this.ttlNanos = ttl.toNanos();
    this.clock = nanoClock;
  }

  /** Stores the action for the chat and returns its key (ASCII, {@value #KEY_LENGTH} characters). */
  synchronized String put(long chatId, BotAction action) {
    long now = clock.getAsLong();
    dropExpired(now);
    while (entries.size() >= capacity) {
      Iterator<String> oldest = entries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    String key;
    do {
      key = newKey();
    } while (entries.containsKey(key));
    entries.put(key, new Entry(chatId, action, now + ttlNanos));
    return key;
  }

  /** The action behind the key, if the key is known, not expired and was made for this chat. */
  synchronized Optional<BotAction> get(long chatId, String key) {
    if (key == null) return Optional.empty();
    Entry e = entries.get(key);
    if (e == null) return Optional.empty();
    if (e.expires() - clock.getAsLong() <= 0) {
      entries.remove(key);
      return Optional.empty();
    }
    return e.chatId() == chatId ? Optional.of(e.action()) : Optional.empty();
  }

  synchronized int size() {
    return entries.size();
  }

  private void dropExpired(long now) {
    // entries are in insertion order with one time to live, so the expired ones are at the front
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext() && it.next().getValue().expires() - now <= 0) it.remove();
  }

  private String newKey() {
    char[] key = new char[KEY_LENGTH];
    for (int i = 0; i < key.length; i++) key[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    return new String(key);
  }
}
