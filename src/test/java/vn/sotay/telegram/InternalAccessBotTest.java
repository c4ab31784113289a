package vn.sotay.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.corpus.InternalCorpus.MINUTES_WORD;
import static vn.sotay.corpus.InternalCorpus.PLAN_NUMBER;
import static vn.sotay.corpus.InternalCorpus.PLAN_QUESTION;
import static vn.sotay.corpus.InternalCorpus.PLAN_TASK;
import static vn.sotay.corpus.InternalCorpus.PLAN_WORD;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.corpus.InternalCorpus;
import vn.sotay.search.InternalGrants;
import vn.sotay.telegram.FakeBotApi.Call;

/**
 * The bot shows internal documents in a granted user's private chat and in a granted group only: not to users who
 * are merely allowed to use it, not in a group a granted user writes in, not through a button pressed elsewhere.
 */
class InternalAccessBotTest {
  // each test talks in chats of its own
  static final long GRANTED_SEARCHER = 2001;
  static final long SEARCHER = 2101;
  static final long GRANTED_CLERK = 2002;
  static final long CLERK = 2102;
  static final long GRANTED_ASKER = 2003;
  static final long ASKER = 2103;
  static final long GRANTED_PRESSER = 2004;
  static final long GRANTED_MEMBER = 2005;
  static final long MEMBER = 2105;
  static final long PUBLIC_GROUP = -3001;
  static final long GRANTED_GROUP = -3002;
  static final long OTHER_PUBLIC_GROUP = -3003;

  @TempDir static Path work;
  static Engine engine;
  static FakeBotApi api;
  static TelegramBot bot;

  @BeforeAll
  static void start() throws Exception {
    engine = InternalCorpus.engine(work);
    api = new FakeBotApi("777:NOIBO");
    InternalGrants grants = new InternalGrants(List.of(),
        Set.of(GRANTED_SEARCHER, GRANTED_CLERK, GRANTED_ASKER, GRANTED_PRESSER, GRANTED_MEMBER), Set.of(GRANTED_GROUP));
    BotConfig config = BotConfig.of(api.token(), api.url(), Set.of(), null)
        .withPacing(50, Duration.ofMinutes(5)).withGrants(grants);
    bot = TelegramBot.start(config, engine.library(), engine.assistant());
  }

  @AfterAll
  static void stop() throws Exception {
    bot.close();
    api.close();
    engine.close();
  }

  /**
   * Everything the bot has sent to the chat once the chat's updates so far are handled: they are handled in order,
   * so when a button pressed after them is answered, they are done.
   */
  static String seen(long chatId, long userId) throws InterruptedException {
    api.answerTo(api.press(chatId, userId, 1, "dong-bo"));
    return api.sentTo(chatId).stream().map(c -> TelegramHtml.visible(c.text())).collect(Collectors.joining("\n"));
  }

  /** Nothing from an internal document in what the chat was sent, once what the users typed is taken out. */
  static void assertNothingInternal(String seen, String... typed) {
    String said = seen;
    for (String t : typed) said = said.replace(t, "");
    for (String secret : List.of(PLAN_NUMBER, PLAN_WORD, "hầm", "canh gác", "Ban Chỉ đạo", MINUTES_WORD, "họp kín", "🔒")) {
      assertFalse(said.contains(secret), secret + " in: " + seen);
    }
  }

  @Test
  void searchFindsInternalPassagesInAGrantedUsersPrivateChatOnly() throws Exception {
    api.userSays(SEARCHER, "/tim " + PLAN_WORD);
    String everyone = seen(SEARCHER, SEARCHER);
    assertTrue(everyone.startsWith("Không tìm thấy đoạn nào"), everyone);
    assertNothingInternal(everyone, "“" + PLAN_WORD + "”");

    api.userSays(GRANTED_SEARCHER, "/tim " + PLAN_WORD);
    String granted = seen(GRANTED_SEARCHER, GRANTED_SEARCHER);
    assertTrue(granted.contains(PLAN_NUMBER) && granted.contains("Khảo sát tuyến hầm"), granted);
    assertTrue(granted.contains(PLAN_NUMBER + " › II. NHIỆM VỤ 🔒 nội bộ"), "marked, not to be forwarded: " + granted);

    api.userSays(SEARCHER, "/tim hạ tầng giao thông");
    String shared = seen(SEARCHER, SEARCHER);
    assertTrue(shared.contains("05-NQ/TU"), shared);
    assertNothingInternal(shared, "“" + PLAN_WORD + "”");
  }

  @Test
  void documentsByNumberAndTheNewestListShowInternalOnesToTheGrantedOnly() throws Exception {
    api.userSays(CLERK, "/vb " + PLAN_NUMBER);
    api.userSays(CLERK, "/moi");
    String everyone = seen(CLERK, CLERK);
    assertTrue(everyone.startsWith("Kho chưa có văn bản số “" + PLAN_NUMBER + "”"), "as for a number never issued: " + everyone);
    assertTrue(everyone.contains("1–2 trong 2"), "two public documents: " + everyone);
    assertNothingInternal(everyone, PLAN_NUMBER);

    api.userSays(GRANTED_CLERK, "/vb " + PLAN_NUMBER);
    api.userSays(GRANTED_CLERK, "/moi");
    String granted = seen(GRANTED_CLERK, GRANTED_CLERK);
    assertTrue(granted.startsWith("Kế hoạch số " + PLAN_NUMBER + " 🔒 nội bộ"), granted);
    assertTrue(granted.contains("1–4 trong 4") && granted.contains("Biên bản họp kín"), granted);
  }

  @Test
  void aQuestionIsAnsweredFromInternalDocumentsOnlyForTheGranted() throws Exception {
    api.userSays(ASKER, PLAN_QUESTION);
    assertNothingInternal(seen(ASKER, ASKER), PLAN_QUESTION);

    api.userSays(GRANTED_ASKER, PLAN_QUESTION);
    String granted = seen(GRANTED_ASKER, GRANTED_ASKER);
    assertTrue(granted.contains("1. " + PLAN_TASK), granted);
    assertTrue(granted.contains("🔒 nội bộ"), "its sources are marked: " + granted);
  }

  @Test
  void inAGroupOnlyTheGroupsOwnGrantCounts() throws Exception {
    api.groupMessage(PUBLIC_GROUP, GRANTED_MEMBER, "/tim " + PLAN_WORD, null);
    api.groupMessage(PUBLIC_GROUP, GRANTED_MEMBER, "@" + FakeBotApi.BOT_USERNAME + " " + PLAN_QUESTION, null);
    api.groupMessage(PUBLIC_GROUP, GRANTED_MEMBER, "/moi", null);
    String publicGroup = seen(PUBLIC_GROUP, GRANTED_MEMBER);
    assertTrue(publicGroup.contains("Không tìm thấy đoạn nào"), "a granted member cannot leak into a group: " + publicGroup);
    assertNothingInternal(publicGroup, PLAN_QUESTION, "“" + PLAN_WORD + "”");

    api.groupMessage(GRANTED_GROUP, MEMBER, "/tim " + PLAN_WORD, null);
    String grantedGroup = seen(GRANTED_GROUP, MEMBER);
    assertTrue(grantedGroup.contains(PLAN_NUMBER), "any member of a granted group: " + grantedGroup);
  }

  @Test
  void aButtonShowsInternalResultsToNoOneElse() throws Exception {
    api.userSays(GRANTED_PRESSER, "/tim " + PLAN_WORD);
    Call results = api.awaitOne("sendMessage", c -> c.chatId() == GRANTED_PRESSER && c.button("Toàn văn 1") != null);
    api.press(GRANTED_PRESSER, GRANTED_PRESSER, results.messageId(), results.button("Toàn văn 1"));
    Call passage = api.awaitOne("sendMessage", c -> c.chatId() == GRANTED_PRESSER && c.button("Văn bản") != null);
    assertTrue(TelegramHtml.visible(passage.text()).contains(PLAN_NUMBER), "the one it was made for: " + passage.text());

    // the messages forwarded to a group, their buttons pressed there by someone else
    api.groupMessage(OTHER_PUBLIC_GROUP, MEMBER, "/trogiup", null);
    for (String key : List.of(results.button("Toàn văn 2"), passage.button("Văn bản"))) {
      assertNotNull(key);
      Call answered = api.answerTo(api.press(OTHER_PUBLIC_GROUP, MEMBER, results.messageId(), key));
      assertTrue(answered.body().path("text").asText().contains("hết hạn"), answered.body().toString());
    }
    String group = seen(OTHER_PUBLIC_GROUP, MEMBER);
    assertNothingInternal(group);
    assertEquals(1, api.sentTo(OTHER_PUBLIC_GROUP).size(), "only the help it asked for: " + group);
    assertTrue(api.calls("editMessageText").stream().noneMatch(c -> c.chatId() == OTHER_PUBLIC_GROUP));
  }
}
