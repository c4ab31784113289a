package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.answer.Answer;
import vn.sotay.search.DocumentSummary;
import vn.sotay.telegram.FakeBotApi.Call;
import vn.sotay.search.Viewer;

/**
 * The bot end to end: the real telegrambots library polling a Bot API double on 127.0.0.1, answering from the
 * engine over the shipped corpus plus a plan with a 30-item list (too long for one message).
 */
class TelegramBotTest {
  static final String PUBLIC = "https://sotay.example.vn";
  static final long ASKER = 1001;
  static final long LISTER = 1002;
  static final long PAGER = 1003;
  static final long LONG_READER = 1004;
  static final long FLOODER = 1005;
  static final long MEMBER = 1006;
  static final long CLERK = 1007;
  static final long HURRIED = 1008;
  static final long TRAVELLER = 1013;
  static final long STRANGER = 9001;
  static final long GROUP = -2001;
  static final int BURST = 6;
  static final int LONG_LIST = 30;

  @TempDir static Path work;
  static Engine engine;
  static FakeBotApi api;
  static TelegramBot bot;

  @BeforeAll
  static void start() throws Exception {
    Path extra = Files.createDirectories(work.resolve("them"));
    Files.writeString(extra.resolve("ke-hoach-77-kh-ubnd.txt"), longPlan());
    engine = Engine.open(List.of(Path.of("corpus"), extra), work.resolve("index"));
    api = new FakeBotApi("123:TEST");
    Set<Long> allowed = Set.of(ASKER, LISTER, PAGER, LONG_READER, FLOODER, MEMBER, CLERK, HURRIED, TRAVELLER, GROUP);
    bot = TelegramBot.start(config(api, allowed), engine.library(), engine.assistant());
  }

  @AfterAll
  static void stop() throws Exception {
    bot.close();
    api.close();
    engine.close();
  }

  static BotConfig config(FakeBotApi server, Set<Long> allowed) {
    return BotConfig.of(server.token(), server.url(), allowed, URI.create(PUBLIC)).withPacing(BURST, Duration.ofMinutes(5));
  }

  /** The user asks in a private chat; returns the messages of the cited answer. */
  static List<Call> ask(long userId, String question) throws InterruptedException {
    api.userSays(userId, question);
    return reply(userId, "Toàn văn [1]");
  }

  /** Every message sent to the chat up to the one carrying the named button (the last part of a reply). */
  static List<Call> reply(long chatId, String lastButton) throws InterruptedException {
    api.awaitOne("sendMessage", c -> c.chatId() == chatId && c.button(lastButton) != null);
    return api.sentTo(chatId);
  }

  static String visible(List<Call> messages) {
    return messages.stream().map(c -> TelegramHtml.visible(c.text())).collect(Collectors.joining("\n"));
  }

  static void assertValidParts(List<Call> messages) {
    for (Call c : messages) {
      assertEquals("HTML", c.body().path("parse_mode").asText());
      assertTrue(c.text().length() < MessageSplitter.TELEGRAM_LIMIT, "length " + c.text().length());
      assertNull(TelegramHtml.problem(c.text()), c.text());
    }
  }

  @Test
  void theBotIntroducesItsCommandsInVietnamese() throws Exception {
    JsonNode commands = api.awaitOne("setMyCommands", c -> true).body().path("commands");
    List<String> names = new ArrayList<>();
    for (JsonNode c : commands) {
      names.add(c.path("command").asText());
      assertTrue(c.path("description").asText().matches(".*[^\\x00-\\x7F].*"), "Vietnamese: " + c);
    }
    assertTrue(names.containsAll(List.of("start", "help", "trogiup", "hoi", "tim", "vb", "moi")), names.toString());
    assertEquals(1, api.calls("deleteWebhook").size(), "long polling clears any webhook first");
  }

  @Test
  void aQuestionGetsTheShortAnswerWithEachSourceQuotedAndLinked() throws Exception {
    String question = "Ai chủ trì tổ chức Hội nghị xúc tiến đầu tư?";
    Answer expected = engine.assistant().ask(question, Viewer.PUBLIC);
    List<Call> sent = ask(ASKER, question);
    assertValidParts(sent);
    String seen = visible(sent);
    assertTrue(seen.startsWith(expected.answer()), seen);
    assertFalse(expected.citations().isEmpty());
    String html = sent.stream().map(Call::text).collect(Collectors.joining());
    for (Answer.Citation c : expected.citations()) {
      String source = (c.docNumber() != null ? c.docNumber() : c.title().substring(0, 20)) + String.join("", c.path().stream().map(p -> " › " + p).toList());
      assertTrue(seen.contains(source), "source " + source + " in " + seen);
      assertTrue(seen.contains(c.quote().substring(0, Math.min(60, c.quote().length()))), "quote of " + c.url());
      assertTrue(html.contains("href=\"" + PUBLIC + c.url() + "\""), "link to " + c.url());
    }
  }

  @Test
  void aListQuestionListsEveryItemNumberedInOrder() throws Exception {
    String question = "chin nhiem vu trong tam ve nguon nhan luc";
    Answer expected = engine.assistant().ask(question, Viewer.PUBLIC);
    assertEquals(9, expected.items().size());
    List<Call> sent = ask(LISTER, question);
    String seen = visible(sent);
    String html = sent.stream().map(Call::text).collect(Collectors.joining());
    int at = 0;
    for (int i = 0; i < expected.items().size(); i++) {
      Answer.Item item = expected.items().get(i);
      int found = seen.indexOf((i + 1) + ". " + item.text() + " [" + (item.citation() + 1) + "]", at);
      assertTrue(found >= at, "item " + (i + 1) + " in order with its source mark: " + seen);
      assertTrue(html.contains("href=\"" + PUBLIC + expected.citations().get(item.citation()).url() + "\""), "its passage is linked");
      at = found;
    }
  }

  @Test
  void aLongAnswerIsSplitBelowTheLimitWithValidHtmlInEveryPart() throws Exception {
    String question = "30 nhiệm vụ cải cách hành chính là gì?";
    Answer expected = engine.assistant().ask(question, Viewer.PUBLIC);
    assertEquals(LONG_LIST, expected.items().size(), expected.answer());
    List<Call> sent = ask(LONG_READER, question);
    assertTrue(sent.size() >= 2, "parts: " + sent.size());
    assertValidParts(sent);
    String seen = visible(sent);
    for (Answer.Item item : expected.items()) assertTrue(seen.contains(item.text()), item.text());
    assertTrue(seen.contains("< 5 ngày làm việc & không quá 2 lần"), "< and & reach the reader as written");
    assertEquals(1, sent.stream().filter(c -> c.body().has("reply_markup")).count(), "buttons under the last part only");
  }

  @Test
  void searchResultsPageByEditingTheirMessage() throws Exception {
    api.userSays(PAGER, "/tim nhân lực");
    Call first = api.awaitOne("sendMessage", c -> c.chatId() == PAGER);
    assertTrue(TelegramHtml.visible(first.text()).contains("1–5 trong"), first.text());
    assertNotNull(first.button("Toàn văn 1"));

    String pressed = api.press(PAGER, PAGER, first.messageId(), first.button("Xem thêm »"));
    Call second = api.awaitOne("editMessageText", c -> c.chatId() == PAGER && c.messageId() == first.messageId());
    assertTrue(TelegramHtml.visible(second.text()).contains("6–10 trong"), second.text());
    api.answerTo(pressed);

    api.press(PAGER, PAGER, first.messageId(), second.button("« Trước"));
    api.await("editMessageText", c -> c.chatId() == PAGER && TelegramHtml.visible(c.text()).contains("1–5 trong"), 1, Duration.ofSeconds(20));
    assertEquals(1, api.sentTo(PAGER).size(), "pages replace each other instead of piling up");

    String stale = api.press(PAGER, PAGER, first.messageId(), "khong-con-nua");
    Call answered = api.answerTo(stale);
    assertTrue(answered.body().path("text").asText().contains("hết hạn"), answered.body().toString());
  }

  @Test
  void documentsOpenByNumberWithTheirOutlineAndTheNewestComeFirst() throws Exception {
    api.userSays(CLERK, "/vb nq 05");
    Call card = api.awaitOne("sendMessage", c -> c.chatId() == CLERK);
    String seen = TelegramHtml.visible(card.text());
    assertTrue(seen.startsWith("Nghị quyết số 05-NQ/TU"), seen);
    assertTrue(seen.contains("Mục lục") && seen.contains("I. TÌNH HÌNH") && seen.contains("III. NHIỆM VỤ, GIẢI PHÁP"), seen);

    api.userSays(CLERK, "/vb 99-NQ/TU");
    Call missing = api.nthSentTo(CLERK, 2);
    assertTrue(TelegramHtml.visible(missing.text()).contains("Kho chưa có văn bản số “99-NQ/TU”"), missing.text());

    api.userSays(CLERK, "/moi");
    Call latest = api.nthSentTo(CLERK, 3);
    List<DocumentSummary> newest = engine.library().documents(null, null, null, 2, 0);
    String list = TelegramHtml.visible(latest.text());
    int first = list.indexOf("1. " + DocumentNames.name(newest.get(0).docType(), newest.get(0).docNumber(), newest.get(0).title()));
    int second = list.indexOf("2. " + DocumentNames.name(newest.get(1).docType(), newest.get(1).docNumber(), newest.get(1).title()));
    assertTrue(first >= 0 && second > first, list);

    api.press(CLERK, CLERK, latest.messageId(), latest.button("Văn bản 1"));
    Call opened = api.nthSentTo(CLERK, 4);
    assertTrue(TelegramHtml.visible(opened.text()).contains("Số đoạn: "), opened.text());
  }

  @Test
  void fullTextShowsTheWholeCitedPassage() throws Exception {
    String question = "thu ngan sach moi nam tang bao nhieu?";
    Answer expected = engine.assistant().ask(question, Viewer.PUBLIC);
    Call last = ask(HURRIED, question).getLast();
    api.press(HURRIED, HURRIED, last.messageId(), last.button("Toàn văn [1]"));
    Call passage = api.awaitOne("sendMessage", c -> c.chatId() == HURRIED && c.button("Văn bản") != null && c.button("Toàn văn [1]") == null);
    String quote = expected.citations().get(0).quote();
    assertTrue(TelegramHtml.visible(passage.text()).contains(quote), passage.text());
  }

  @Test
  void aMessageWithoutTextIsToldWhatTheBotReads() throws Exception {
    api.userSendsLocation(TRAVELLER);
    Call told = api.awaitOne("sendMessage", c -> c.chatId() == TRAVELLER);
    assertTrue(TelegramHtml.visible(told.text()).contains("chỉ đọc tin nhắn chữ"), told.text());
  }

  @Test
  void anUnlistedUserIsRefusedWithTheirIdAndGetsNoAnswer() throws Exception {
    api.userSays(STRANGER, "9 nhiệm vụ trọng tâm là gì?");
    Call refusal = api.awaitOne("sendMessage", c -> c.chatId() == STRANGER);
    String seen = TelegramHtml.visible(refusal.text());
    assertTrue(seen.contains(Long.toString(STRANGER)) && seen.contains("quản trị viên"), seen);
    assertFalse(seen.contains("05-NQ/TU"));
    String pressed = api.press(STRANGER, STRANGER, refusal.messageId(), "bat-ky");
    Call answered = api.answerTo(pressed);
    assertTrue(answered.body().path("text").asText().contains(Long.toString(STRANGER)));
    assertEquals(1, api.sentTo(STRANGER).size());
  }

  @Test
  void floodingOneChatGetsABurstThenOneRequestToWait() throws Exception {
    for (int i = 0; i < BURST + 6; i++) api.userSays(FLOODER, "/trogiup");
    // a chat's updates are handled in order, so once this button is answered every message before it was handled
    String marker = api.press(FLOODER, FLOODER, 1, "danh-dau");
    Call answered = api.answerTo(marker);
    assertTrue(answered.body().path("text").asText().contains("chờ"), answered.body().toString());
    List<Call> sent = api.sentTo(FLOODER);
    assertEquals(BURST + 1, sent.size());
    assertTrue(TelegramHtml.visible(sent.getLast().text()).contains("vui lòng chờ"), sent.getLast().text());
  }

  @Test
  void inAGroupOnlyCommandsMentionsAndRepliesAreAnsweredAndBriefly() throws Exception {
    api.groupMessage(GROUP, MEMBER, "Chào cả nhóm, chiều nay họp nhé", null);
    api.groupMessage(GROUP, MEMBER, "/tim@other_bot nhân lực", null);
    int asked = api.groupMessage(GROUP, MEMBER, "@" + FakeBotApi.BOT_USERNAME + " 9 nhiệm vụ trọng tâm là gì?", null);
    Call brief = api.awaitOne("sendMessage", c -> c.chatId() == GROUP);
    assertEquals(asked, brief.body().path("reply_parameters").path("message_id").asInt(), "answers the asker's message");
    String seen = TelegramHtml.visible(brief.text());
    Answer expected = engine.assistant().ask("9 nhiệm vụ trọng tâm là gì?", Viewer.PUBLIC);
    for (int i = 0; i < expected.items().size(); i++) {
      assertTrue(seen.contains((i + 1) + ". " + expected.items().get(i).text().substring(0, 40)), seen);
    }
    assertTrue(seen.contains("nhắn riêng cho @" + FakeBotApi.BOT_USERNAME), seen);
    assertTrue(brief.text().length() < 2500, "short: " + brief.text().length());

    api.groupMessage(GROUP, 7777, "Nghị quyết 05 về gì?", brief.messageId());
    Call replied = api.nthSentTo(GROUP, 2);
    assertTrue(TelegramHtml.visible(replied.text()).contains("05-NQ/TU"), "a member of a listed group may ask");
    api.groupMessage(GROUP, MEMBER, "/vb@" + FakeBotApi.BOT_USERNAME + " 12-CT/TU", null);
    Call command = api.nthSentTo(GROUP, 3);
    assertTrue(TelegramHtml.visible(command.text()).startsWith("Chỉ thị số 12-CT/TU"), command.text());
    assertEquals(3, api.sentTo(GROUP).size(), "small talk and other bots' commands are left alone");
  }

  @Test
  void aTooManyRequestsAnswerIsWaitedOutForItsRetryAfter() throws Exception {
    long chat = 1009;
    try (FakeBotApi server = new FakeBotApi("789:RETRY");
        TelegramBot retrying = TelegramBot.start(config(server, Set.of()), engine.library(), engine.assistant())) {
      server.failNext("sendMessage", chat, 429, "Too Many Requests: retry after 1", 1);
      server.userSays(chat, "/start");
      List<Call> tries = server.await("sendMessage", c -> c.chatId() == chat, 2, Duration.ofSeconds(20));
      long waited = tries.get(1).atNanos() - tries.get(0).atNanos();
      assertTrue(waited >= 1_000_000_000L, "waited " + waited / 1_000_000 + " ms");
      assertEquals(tries.get(0).text(), tries.get(1).text(), "the same message is sent again");
    }
  }

  @Test
  void aFailingEngineGetsAnApologyAndPollingGoesOn() throws Exception {
    long chat = 1010;
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    vn.sotay.answer.Assistant failingOnce = (q, viewer) -> {
      if (calls.getAndIncrement() == 0) throw new IllegalStateException("chỉ mục hỏng");
      return engine.assistant().ask(q, viewer);
    };
    try (FakeBotApi server = new FakeBotApi("456:FAIL");
        TelegramBot failing = TelegramBot.start(config(server, Set.of()), engine.library(), failingOnce)) {
      server.userSays(chat, "9 nhiệm vụ trọng tâm là gì?");
      Call apology = server.awaitOne("sendMessage", c -> c.chatId() == chat);
      assertTrue(TelegramHtml.visible(apology.text()).startsWith("Xin lỗi, đã có lỗi"), apology.text());
      server.userSays(chat, "9 nhiệm vụ trọng tâm là gì?");
      Call answer = server.await("sendMessage", c -> c.chatId() == chat && c.button("Toàn văn [1]") != null, 1, Duration.ofSeconds(20)).get(0);
      assertTrue(TelegramHtml.visible(answer.text()).contains("05-NQ/TU"), answer.text());
    }
  }

  @Test
  void aStalledPollIsRestartedByTheWatchdog() throws Exception {
    long chat = 1011;
    try (FakeBotApi server = new FakeBotApi("321:STALL")) {
      server.hangNextPolls(1);
      BotConfig quick = config(server, Set.of()).withPolling(1, Duration.ofSeconds(2));
      try (TelegramBot stalling = TelegramBot.start(quick, engine.library(), engine.assistant())) {
        server.userSays(chat, "/trogiup");
        Call help = server.awaitOne("sendMessage", c -> c.chatId() == chat);
        assertTrue(TelegramHtml.visible(help.text()).startsWith("Cách dùng"), help.text());
        assertTrue(stalling.restarts() >= 1);
      }
    }
  }

  @Test
  void closingLeavesNoThreadBehind() throws Exception {
    FakeBotApi server = new FakeBotApi("654:CLOSE");
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    TelegramBot closing = TelegramBot.start(config(server, Set.of()), engine.library(), engine.assistant());
    server.userSays(1012, "/start");
    server.awaitOne("sendMessage", c -> c.chatId() == 1012);
    closing.close();
    assertEquals(List.of(), newThreads(before, false), "no non-daemon thread outlives close()");
    server.close(); // ends the poll that was in flight when the bot closed
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!newThreads(before, true).isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
    assertEquals(List.of(), newThreads(before, true), "and none of the bot's daemons either");
  }

  /** Live threads started since before: non-daemon ones, or also the bot's own daemons. */
  static List<String> newThreads(Set<Thread> before, boolean alsoBotDaemons) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !before.contains(t))
        .filter(t -> !t.isDaemon() || (alsoBotDaemons && t.getName().startsWith("sotay-telegram")))
        .map(Thread::getName).toList();
  }

  /** A plan whose 30 tasks, with their sources, need several messages; some hold "<" and "&". */
  static String longPlan() {
    String[] fields = {"đất đai", "xây dựng", "đầu tư", "thuế", "hải quan", "giáo dục", "y tế", "lao động", "tư pháp",
        "giao thông", "nông nghiệp", "tài nguyên", "môi trường", "công thương", "văn hóa"};
    StringBuilder s = new StringBuilder("""
        ---
        so_hieu: 77/KH-UBND
        loai: Kế hoạch
        co_quan: Ủy ban nhân dân tỉnh Sơn Hà
        ngay_ban_hanh: 10/06/2024
        trich_yeu: Về đẩy mạnh cải cách hành chính giai đoạn 2024-2025
        ---
        ỦY BAN NHÂN DÂN TỈNH SƠN HÀ

        KẾ HOẠCH
        Về đẩy mạnh cải cách hành chính giai đoạn 2024-2025

        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao chất lượng phục vụ người dân, doanh nghiệp; giảm thời gian, chi phí thực hiện thủ tục hành chính.

        II. NHIỆM VỤ
        Các sở, ban, ngành và Ủy ban nhân dân cấp huyện tập trung thực hiện 30 nhiệm vụ cải cách hành chính sau:
        """);
    for (int i = 1; i <= LONG_LIST; i++) {
      String field = fields[(i - 1) % fields.length];
      s.append(i).append(". Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực ").append(field)
          .append(" đợt ").append((i + 1) / 2).append(", công khai quy trình trên Cổng dịch vụ công, bảo đảm thời gian giải quyết")
          .append(i % 3 == 0 ? " < 5 ngày làm việc & không quá 2 lần đi lại" : " rút ngắn ít nhất 30% so với quy định")
          .append("; cơ quan chủ trì báo cáo kết quả nhiệm vụ thứ ").append(i).append(" về Sở Nội vụ trước ngày 15 hằng tháng.\n");
    }
    s.append("""

        III. TỔ CHỨC THỰC HIỆN
        Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh.
        """);
    return s.toString();
  }
}
