package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages are cut below Telegram's limit, only where the HTML allows, and each part stands on its own. */
class MessageSplitterTest {
  private static final String[] WORDS = {"nghị", "quyết", "Tỉnh", "ủy", "nhân", "lực", "05-NQ/TU", "a<b", "R&D",
      "\"trích\"", "x>y", "2023", "đ", "🇻🇳", "📄", "…", "khu công nghiệp", "điểm a)", "Điều 5.", "Mục III;"};
  private static final String[][] TAGS = {{"<b>", "</b>"}, {"<i>", "</i>"}, {"<code>", "</code>"},
      {"<a href=\"https://sotay.example/documents/x?a=1&amp;b=2#iii-1\">", "</a>"}, {"<blockquote>", "</blockquote>"}};

  @ParameterizedTest
  @ValueSource(ints = {150, 777, MessageSplitter.DEFAULT_LIMIT})
  void randomTextsSplitIntoValidPartsBelowTheLimitLosingNothing(int limit) {
    MessageSplitter splitter = new MessageSplitter(limit);
    for (int seed = 1; seed <= (limit > 1000 ? 50 : 150); seed++) {
      Random random = new Random(seed);
      List<String> blocks = new ArrayList<>();
      StringBuilder expected = new StringBuilder();
      int count = 1 + random.nextInt(12);
      for (int b = 0; b < count; b++) {
        String block = randomBlock(random, limit);
        blocks.add(block);
        expected.append(TelegramHtml.visible(block));
      }
      List<String> parts = splitter.pack(blocks);
      StringBuilder seen = new StringBuilder();
      for (String part : parts) {
        String where = "seed " + seed + ", limit " + limit + ": " + part;
        assertTrue(part.length() <= limit && part.length() < MessageSplitter.TELEGRAM_LIMIT, where);
        assertNull(TelegramHtml.problem(part), where);
        assertFalse(TelegramHtml.visible(part).isBlank(), where);
        seen.append(TelegramHtml.visible(part));
      }
      assertEquals(expected.toString().replaceAll("\\s", ""), seen.toString().replaceAll("\\s", ""), "seed " + seed);
    }
  }

  @Test
  void blocksThatFitStayWholeAndShareMessages() {
    List<String> blocks = List.of("<b>Nguồn</b>\n[1] một", "[2] hai", "[3] " + "ba ".repeat(30));
    assertEquals(List.of("<b>Nguồn</b>\n[1] một\n\n[2] hai", "[3] " + "ba ".repeat(30).strip()),
        new MessageSplitter(100).pack(blocks));
  }

  @Test
  void aLongListIsCutBetweenItemsNotInsideThem() {
    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= 40; i++) list.append(i > 1 ? "\n" : "").append("<b>").append(i).append(".</b> Nhiệm vụ số ").append(i);
    for (String part : new MessageSplitter(120).split(list.toString())) {
      assertTrue(part.startsWith("<b>") && part.matches("(?s).*Nhiệm vụ số \\d+"), part);
    }
  }

  @Test
  void aTagOpenAtTheCutIsClosedAndOpenedAgain() {
    String quote = "<i>" + "Phát triển nguồn nhân lực chất lượng cao. ".repeat(20).strip() + "</i>";
    List<String> parts = new MessageSplitter(200).split(quote);
    assertTrue(parts.size() > 1);
    for (String part : parts) {
      assertTrue(part.startsWith("<i>") && part.endsWith("</i>"), part);
      assertTrue(part.endsWith(".</i>"), "cut after a sentence: " + part);
    }
  }

  @Test
  void entitiesAndEmojiAreNeverCutInHalf() {
    String text = "&amp;&lt;🇻🇳&gt;".repeat(200);
    for (String part : new MessageSplitter(64).split(text)) {
      assertNull(TelegramHtml.problem(part), part);
      assertFalse(Character.isHighSurrogate(part.charAt(part.length() - 1)), part);
    }
  }

  private static String randomBlock(Random random, int limit) {
    int words = random.nextInt(random.nextInt(10) == 0 ? limit / 2 : Math.max(2, limit / 20));
    StringBuilder html = new StringBuilder();
    List<String> open = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      int roll = random.nextInt(20);
      String[] tag = TAGS[random.nextInt(TAGS.length)];
      if (roll == 0 && open.size() < 3 && !open.contains(tag[1])) {
        html.append(tag[0]);
        open.add(tag[1]);
      } else if (roll == 1 && !open.isEmpty()) {
        html.append(open.remove(open.size() - 1));
      } else if (roll == 2) {
        html.append('\n');
      } else if (roll == 3 && random.nextInt(10) == 0) {
        html.append(Html.escape("x&".repeat(random.nextInt(limit))));
      } else {
        html.append(Html.escape(WORDS[random.nextInt(WORDS.length)])).append(random.nextInt(6) == 0 ? ". " : " ");
      }
    }
    for (int i = open.size() - 1; i >= 0; i--) html.append(open.get(i));
    return html.toString();
  }
}
