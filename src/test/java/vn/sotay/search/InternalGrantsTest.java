package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is granted internal documents, from the configuration file and the environment. */
class InternalGrantsTest {
  static final String TOKEN = "van-phong-tinh-uy-7f3a9c2e";
  @TempDir Path dir;

  @Test
  void onlyAGrantedTokenIsAnInternalViewer() {
    InternalGrants grants = new InternalGrants(List.of(TOKEN, "ban-tuyen-giao-5d1b8e40"), Set.of(), Set.of());
    assertEquals(Viewer.INTERNAL, grants.forToken(TOKEN));
    assertEquals(Viewer.INTERNAL, grants.forToken("ban-tuyen-giao-5d1b8e40"));
    for (String other : new String[] {null, "", TOKEN.toUpperCase(), TOKEN + " ", TOKEN.substring(0, 20), "x".repeat(5000)}) {
      assertEquals(Viewer.PUBLIC, grants.forToken(other), String.valueOf(other));
    }
    assertEquals(Viewer.PUBLIC, InternalGrants.none().forToken(TOKEN));
  }

  @Test
  void aTelegramUserIsGrantedInTheirPrivateChatAndAGroupOnlyByItsOwnGrant() {
    InternalGrants grants = new InternalGrants(List.of(), Set.of(111L), Set.of(-100222L));
    assertEquals(Viewer.INTERNAL, grants.forTelegram(111, 111, true));
    assertEquals(Viewer.PUBLIC, grants.forTelegram(333, 333, true));
    assertEquals(Viewer.PUBLIC, grants.forTelegram(111, -100999, false), "a granted user in an ungranted group");
    assertEquals(Viewer.INTERNAL, grants.forTelegram(333, -100222, false), "anyone in a granted group");
    assertEquals(Viewer.PUBLIC, grants.forTelegram(111, -100222, true), "a private chat is the user's own");
    assertEquals(Viewer.PUBLIC, grants.forTelegram(-100222, -100222, true));
  }

  @Test
  void weakOrMalformedTokensAreRefusedAtStart() {
    for (String weak : List.of("ngan", "co khoang trang 12345678", "co,dau,phay,1234567890")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new InternalGrants(List.of(weak), Set.of(), Set.of()));
      assertTrue(e.getMessage().contains("ít nhất " + InternalGrants.MIN_TOKEN_CHARS), e.getMessage());
    }
  }

  @Test
  void theEnvironmentAndTheFileAddUp() throws Exception {
    Path file = dir.resolve("quyen.json");
    Files.writeString(file, """
        {"tokens": ["ban-tuyen-giao-5d1b8e40"], "telegramUsers": [111], "telegramChats": [-100222]}
        """);
    InternalGrants grants = InternalGrants.fromEnv(Map.of("SOTAY_ACCESS_FILE", file.toString(),
        "SOTAY_INTERNAL_TOKENS", " " + TOKEN + " , ", "SOTAY_TELEGRAM_INTERNAL", "444, -100555"));
    assertEquals(Viewer.INTERNAL, grants.forToken(TOKEN));
    assertEquals(Viewer.INTERNAL, grants.forToken("ban-tuyen-giao-5d1b8e40"));
    assertEquals(Viewer.INTERNAL, grants.forTelegram(111, 111, true));
    assertEquals(Viewer.INTERNAL, grants.forTelegram(444, 444, true), "a positive id is a user");
    assertEquals(Viewer.INTERNAL, grants.forTelegram(1, -100555, false), "a negative id is a group");
    assertEquals(Viewer.INTERNAL, grants.forTelegram(1, -100222, false));
    assertEquals("2 mã API, 2 người dùng và 2 nhóm Telegram", grants.describe());
    assertEquals("0 mã API, 0 người dùng và 0 nhóm Telegram", InternalGrants.fromEnv(Map.of()).describe());
  }

  @Test
  void aBadSettingStopsWithTheNameOfItsSource() throws Exception {
    Path typo = Files.writeString(dir.resolve("typo.json"), "{\"token\": [\"" + TOKEN + "\"]}");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"tokens\": [");
    Path wrongType = Files.writeString(dir.resolve("type.json"), "{\"telegramUsers\": [\"abc\"]}");
    Path nulls = Files.writeString(dir.resolve("null.json"), "{\"tokens\": [null]}");
    Path weak = Files.writeString(dir.resolve("weak.json"), "{\"tokens\": [\"ngan\"]}");
    Map<Map<String, String>, String> cases = Map.of(
        Map.of("SOTAY_ACCESS_FILE", typo.toString()), "SOTAY_ACCESS_FILE",
        Map.of("SOTAY_ACCESS_FILE", broken.toString()), "SOTAY_ACCESS_FILE",
        Map.of("SOTAY_ACCESS_FILE", wrongType.toString()), "SOTAY_ACCESS_FILE",
        Map.of("SOTAY_ACCESS_FILE", nulls.toString()), "SOTAY_ACCESS_FILE",
        Map.of("SOTAY_ACCESS_FILE", weak.toString()), "SOTAY_ACCESS_FILE",
        Map.of("SOTAY_ACCESS_FILE", dir.resolve("khong-co.json").toString()), "không đọc được",
        Map.of("SOTAY_TELEGRAM_INTERNAL", "111,abc"), "SOTAY_TELEGRAM_INTERNAL",
        Map.of("SOTAY_INTERNAL_TOKENS", "ngan"), "SOTAY_INTERNAL_TOKENS");
    cases.forEach((env, named) -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InternalGrants.fromEnv(env), env.toString());
      assertTrue(e.getMessage().contains(named), env + ": " + e.getMessage());
    });
  }
}
