package vn.sotay.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.TelegramUrl;
import vn.sotay.search.InternalGrants;

/**
 * How the bot connects and whom it serves.
 *
 * @param apiUrl the Bot API server (https://api.telegram.org unless TELEGRAM_API_URL says otherwise)
 * @param allowed user and chat ids allowed to use the bot; empty = everyone
 * @param publicUrl where the web page is reachable by users, for links to passages; null = no links
 * @param burst questions a chat may send at once before it has to wait
 * @param refill how long a chat waits for one more question once the burst is used
 * @param longPollSeconds how long one getUpdates waits on the server for news
 * @param stallAfter no poll started for this long means polling is stuck and is restarted
 * @param grants the users and groups that see internal documents (none: every chat sees public documents only)
 */
public record BotConfig(String token, URI apiUrl, Set<Long> allowed, URI publicUrl, int burst, Duration refill,
    int longPollSeconds, Duration stallAfter, InternalGrants grants) {
  static final URI TELEGRAM = URI.create("https://api.telegram.org");

  public BotConfig {
    if (token == null || token.isBlank()) throw new IllegalArgumentException("Thiếu TELEGRAM_BOT_TOKEN.");
    token = token.strip();
    allowed = Set.copyOf(allowed);
    if (burst < 1) throw new IllegalArgumentException("burst must be at least 1");
    if (stallAfter.toSeconds() <= longPollSeconds) {
      throw new IllegalArgumentException("stallAfter must exceed the long-poll time");
    }
  }

  /** The defaults for a real bot: a burst of 5 questions, then one every 4 seconds; 50 s long polls. */
  public static BotConfig of(String token, URI apiUrl, Set<Long> allowed, URI publicUrl) {
    return new BotConfig(token, apiUrl, allowed, publicUrl, 5, Duration.ofSeconds(4), 50, Duration.ofSeconds(90),
        InternalGrants.none());
  }

  /**
   * TELEGRAM_BOT_TOKEN (absent or blank: no bot), TELEGRAM_API_URL, SOTAY_TELEGRAM_ALLOW (comma-separated ids),
   * SOTAY_PUBLIC_URL. A malformed value is an IllegalArgumentException naming the variable.
   */
  public static Optional<BotConfig> fromEnv(Map<String, String> env) {
    String token = env.get("TELEGRAM_BOT_TOKEN");
    if (token == null || token.isBlank()) return Optional.empty();
    URI api = httpUrl("TELEGRAM_API_URL", env.get("TELEGRAM_API_URL"));
    if (api != null && !api.getPath().isEmpty() && !"/".equals(api.getPath())) {
      // the library builds {host}:{port}/bot{token}/{method} and has no room for a path prefix
      throw new IllegalArgumentException("TELEGRAM_API_URL: chỉ gồm giao thức, máy và cổng (ví dụ http://127.0.0.1:8081), "
          + "không có đường dẫn \"" + api.getPath() + "\".");
    }
    URI pub = httpUrl("SOTAY_PUBLIC_URL", env.get("SOTAY_PUBLIC_URL"));
    return Optional.of(of(token, api == null ? TELEGRAM : api, ids(env.getOrDefault("SOTAY_TELEGRAM_ALLOW", "")), pub));
  }

  public BotConfig withPacing(int newBurst, Duration newRefill) {
    return new BotConfig(token, apiUrl, allowed, publicUrl, newBurst, newRefill, longPollSeconds, stallAfter, grants);
  }

  public BotConfig withPolling(int newLongPollSeconds, Duration newStallAfter) {
    return new BotConfig(token, apiUrl, allowed, publicUrl, burst, refill, newLongPollSeconds, newStallAfter, grants);
  }

  public BotConfig withGrants(InternalGrants newGrants) {
    return new BotConfig(token, apiUrl, allowed, publicUrl, burst, refill, longPollSeconds, stallAfter, newGrants);
  }

  /** The Bot API address in the library's terms; requests go to {scheme}://{host}:{port}/bot{token}/{method}. */
  TelegramUrl telegramUrl() {
    boolean https = "https".equals(apiUrl.getScheme());
    int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : https ? 443 : 80;
    return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
  }

  static Set<Long> ids(String list) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : list.split(",")) {
      String id = part.strip();
      if (id.isEmpty()) continue;
      if (!id.matches("-?\\d{1,19}")) {
        throw new IllegalArgumentException("SOTAY_TELEGRAM_ALLOW: \"" + id + "\" không phải mã người dùng hay mã nhóm "
            + "(cần các số nguyên, cách nhau bằng dấu phẩy).");
      }
      ids.add(Long.parseLong(id));
    }
    return ids;
  }

  private static URI httpUrl(String name, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      URI uri = new URI(value.strip());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
          && uri.getRawQuery() == null && uri.getRawFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below with the variable's name
    }
    throw new IllegalArgumentException(name + ": \"" + value.strip() + "\" không phải địa chỉ http(s) hợp lệ "
        + "(ví dụ https://sotay.example.vn).");
  }
}
