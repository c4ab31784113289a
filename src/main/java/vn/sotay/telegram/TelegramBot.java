package vn.sotay.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.sotay.answer.Assistant;
import vn.sotay.search.InternalGrants;
import vn.sotay.search.Library;

/**
 * The Telegram front end: answers questions and commands from the same engine as the web page, showing internal
 * documents only in the chats {@link BotConfig#grants()} names. Usage:
 * {@code TelegramBot.fromEnv(env, grants, library, assistant)} when TELEGRAM_BOT_TOKEN may be set, then close().
 */
public final class TelegramBot implements AutoCloseable {
  static final int CALLBACK_KEYS = 20_000;
  static final Duration CALLBACK_TTL = Duration.ofHours(24);

  private final ExecutorService httpThreads = Executors.newCachedThreadPool(
      Thread.ofPlatform().daemon().name("sotay-telegram-http-", 0).factory());
  private final OkHttpClient http;
  private final ChatOrderedExecutor chats = new ChatOrderedExecutor();
  private final AtomicReference<UpdateRouter.Identity> identity = new AtomicReference<>();
  private final PollingRunner polling;

  private TelegramBot(BotConfig config, Library library, Assistant assistant) {
    // the library's own defaults leave non-daemon threads behind; these are daemons and are shut in close()
    this.http = new OkHttpClient.Builder().dispatcher(new Dispatcher(httpThreads))
        .connectTimeout(Duration.ofSeconds(15)).readTimeout(Duration.ofSeconds(30)).writeTimeout(Duration.ofSeconds(30))
        .build();
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, config.token(), config.telegramUrl());
    CallbackStore callbacks = new CallbackStore(CALLBACK_KEYS, CALLBACK_TTL, System::nanoTime);
    UpdateRouter router = new UpdateRouter(identity::get, new AccessList(config.allowed()), config.grants(),
        new ChatThrottle(config.burst(), config.refill(), System::nanoTime),
        new Replies(library, assistant, new WebLinks(config.publicUrl())),
        new Outbox(client, new MessageSplitter(), callbacks), callbacks);
    this.polling = new PollingRunner(config, () -> {
      User me = client.execute(new GetMe());
      identity.set(new UpdateRouter.Identity(me.getId(), me.getUserName()));
      client.execute(SetMyCommands.builder().commands(Commands.MENU).build());
    }, update -> chats.submit(UpdateRouter.chatOf(update), () -> router.handle(update)));
  }

  /**
   * Starts the bot. Telegram refusing the token is an IllegalStateException with a Vietnamese message; when
   * Telegram is merely out of reach the bot keeps trying in the background.
   */
  public static TelegramBot start(BotConfig config, Library library, Assistant assistant) {
    TelegramBot bot = new TelegramBot(config, library, assistant);
    try {
      bot.polling.start();
    } catch (TelegramApiException e) {
      bot.close();
      throw new IllegalStateException("Telegram từ chối TELEGRAM_BOT_TOKEN (" + e.getMessage()
          + "). Hãy kiểm tra token do BotFather cấp.", e);
    }
    return bot;
  }

  /** The bot when TELEGRAM_BOT_TOKEN is set; a malformed setting is an IllegalArgumentException naming it. */
  public static Optional<TelegramBot> fromEnv(Map<String, String> env, InternalGrants grants, Library library,
      Assistant assistant) {
    return BotConfig.fromEnv(env).map(config -> start(config.withGrants(grants), library, assistant));
  }

  /** The bot's @username once Telegram has been reached, else empty. */
  public Optional<String> username() {
    return Optional.ofNullable(identity.get()).map(UpdateRouter.Identity::username);
  }

  int restarts() {
    return polling.restarts();
  }

  /** Stops polling, lets answers in progress finish briefly, and shuts every thread the bot started. */
  @Override
  public void close() {
    polling.close();
    chats.close();
    http.dispatcher().cancelAll();
    httpThreads.shutdownNow();
    http.connectionPool().evictAll();
  }
}
