package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bot is configured from the environment; a bad value is refused with the variable's name. */
class BotConfigTest {
  @Test
  void noTokenNoBot() {
    assertEquals(Optional.empty(), BotConfig.fromEnv(Map.of()));
    assertEquals(Optional.empty(), BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", "  ")));
  }

  @Test
  void everySettingIsRead() {
    BotConfig c = BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", " 123:abc ", "TELEGRAM_API_URL", "http://127.0.0.1:8081",
        "SOTAY_TELEGRAM_ALLOW", "111, -1002003004005,,222", "SOTAY_PUBLIC_URL", "https://sotay.example.vn/")).orElseThrow();
    assertEquals("123:abc", c.token());
    assertEquals(Set.of(111L, -1002003004005L, 222L), c.allowed());
    assertEquals(URI.create("https://sotay.example.vn/"), c.publicUrl());
    assertEquals("127.0.0.1", c.telegramUrl().getHost());
    assertEquals(8081, c.telegramUrl().getPort());
    assertEquals("http", c.telegramUrl().getSchema());
  }

  @Test
  void defaultsAreTelegramItselfOpenToAllWithoutLinks() {
    BotConfig c = BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", "123:abc")).orElseThrow();
    assertEquals("api.telegram.org", c.telegramUrl().getHost());
    assertEquals(443, c.telegramUrl().getPort());
    assertTrue(c.allowed().isEmpty());
    assertEquals(null, c.publicUrl());
  }

  @Test
  void badValuesNameTheirVariable() {
    for (Map<String, String> bad : java.util.List.of(
        Map.of("SOTAY_TELEGRAM_ALLOW", "111,admin"),
        Map.of("TELEGRAM_API_URL", "127.0.0.1:8081"),
        Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081/telegram"),
        Map.of("SOTAY_PUBLIC_URL", "ftp://sotay.example.vn"))) {
      Map<String, String> env = new java.util.HashMap<>(bad);
      env.put("TELEGRAM_BOT_TOKEN", "123:abc");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotConfig.fromEnv(env));
      String variable = bad.keySet().iterator().next();
      assertTrue(e.getMessage().startsWith(variable), e.getMessage());
    }
  }
}
