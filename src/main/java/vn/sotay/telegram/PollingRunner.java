package vn.sotay.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Long polling through telegrambots, kept alive by a watchdog: when no poll has started for
 * {@link BotConfig#stallAfter()} (a hung connection, a poller that died), the session is dropped and a new one
 * registered. Each session gets its own daemon threads and HTTP client, which are shut down with it, so nothing
 * outlives {@link #close()}. Updates are passed on once each, in order, even across a restart.
 */
final class PollingRunner implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PollingRunner.class.getName());
  private static final List<String> UPDATE_TYPES = List.of("message", "callback_query");

  /** Work before the first poll (who the bot is, its command menu); retried by the watchdog until it succeeds. */
  interface Preparation {
    void run() throws TelegramApiException;
  }

  private final BotConfig config;
  private final Preparation preparation;
  private final Consumer<Update> updates;
  private final TelegramBotsLongPollingApplication app;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("sotay-telegram-watchdog").factory());
  private final AtomicInteger lastSeen = new AtomicInteger();
  private final AtomicLong lastPollStarted = new AtomicLong(System.nanoTime());
  private final Object lock = new Object();

  // the application asks for a client and an executor per session; they are kept to be shut down with it
  private OkHttpClient sessionClient;
  private ScheduledExecutorService sessionExecutor;
  private boolean prepared;
  private boolean polling;
  private boolean failing;
  private volatile boolean closed;
  private int restarts;

  PollingRunner(BotConfig config, Preparation preparation, Consumer<Update> updates) {
    this.config = config;
    this.preparation = preparation;
    this.updates = updates;
    this.app = new TelegramBotsLongPollingApplication(ObjectMapper::new, this::newSessionClient, this::newSessionExecutor);
  }

  /**
   * Prepares and starts polling. A refusal by Telegram (bad token) is thrown; a network failure is logged and
   * retried by the watchdog, so the web page can run while Telegram is out of reach.
   */
  void start() throws TelegramApiException {
    synchronized (lock) {
      try {
        connect();
      } catch (TelegramApiException e) {
        if (isRefusal(e)) {
          close();
          throw e;
        }
        failing = true;
        LOG.warning("Telegram is out of reach (" + e.getMessage() + "); retrying in the background");
      }
    }
    long period = Math.max(50, config.stallAfter().toMillis() / 4);
    watchdog.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  /** How many times the watchdog restarted a stalled session. */
  int restarts() {
    synchronized (lock) {
      return restarts;
    }
  }

  @Override
  public void close() {
    closed = true;
    watchdog.shutdownNow();
    synchronized (lock) {
      // the poll in flight is left to end on its own (its thread is a daemon): cancelling it would only make the
      // library log an error at every shutdown; what it brings back is ignored and Telegram sends it again later
      dropSession(false);
    }
    try {
      app.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "closing the polling application", e);
    }
  }

  static boolean isRefusal(TelegramApiException e) {
    return e instanceof TelegramApiRequestException r && r.getErrorCode() != null
        && (r.getErrorCode() == 401 || r.getErrorCode() == 404);
  }

  private void check() {
    synchronized (lock) {
      if (closed) return;
      try {
        if (!polling) {
          connect();
          if (failing) LOG.info("Telegram reached again; polling");
          failing = false;
          return;
        }
        long idle = System.nanoTime() - lastPollStarted.get();
        if (idle > config.stallAfter().toNanos()) {
          LOG.warning("No poll started for " + idle / 1_000_000_000 + " s; restarting polling");
          restarts++;
          dropSession(true);
          register();
        }
      } catch (TelegramApiException | RuntimeException e) {
        LOG.log(failing ? Level.FINE : Level.WARNING, "Telegram polling could not start; retrying", e);
        failing = true;
      }
    }
  }

  private void connect() throws TelegramApiException {
    if (!prepared) {
      preparation.run();
      prepared = true;
    }
    register();
  }

  private void register() throws TelegramApiException {
    lastPollStarted.set(System.nanoTime());
    try {
      app.registerBot(config.token(), config::telegramUrl, this::nextPoll, this::consume);
      polling = true;
    } catch (TelegramApiException | RuntimeException e) {
      dropSession(true);
      throw e;
    }
  }

  /** Stops the session and shuts its threads; abortPoll also cuts the poll in flight (a hung one must go). */
  private void dropSession(boolean abortPoll) {
    polling = false;
    try {
      app.unregisterBot(config.token());
    } catch (TelegramApiException notRegistered) {
      // nothing to stop
    }
    if (sessionClient != null) {
      if (abortPoll) sessionClient.dispatcher().cancelAll();
      sessionClient.dispatcher().executorService().shutdown();
      sessionClient.connectionPool().evictAll();
      sessionClient = null;
    }
    if (sessionExecutor != null) {
      if (abortPoll) sessionExecutor.shutdownNow();
      else sessionExecutor.shutdown();
      sessionExecutor = null;
    }
  }

  /** The next getUpdates; it also marks that polling is alive. */
  private GetUpdates nextPoll(Integer lastReceived) {
    lastPollStarted.set(System.nanoTime());
    int after = Math.max(lastReceived == null ? 0 : lastReceived, lastSeen.get());
    return GetUpdates.builder().offset(after + 1).limit(100).timeout(config.longPollSeconds())
        .allowedUpdates(UPDATE_TYPES).build();
  }

  private void consume(List<Update> batch) {
    for (Update u : batch) {
      if (closed) return;
      int id = u.getUpdateId();
      if (lastSeen.getAndAccumulate(id, Math::max) >= id) continue; // seen before a restart
      updates.accept(u);
    }
  }

  private OkHttpClient newSessionClient() {
    OkHttpClient client = new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("sotay-telegram-poll-http-", 0).factory())))
        .connectTimeout(Duration.ofSeconds(15))
        .writeTimeout(Duration.ofSeconds(15))
        .readTimeout(Duration.ofSeconds(config.longPollSeconds() + 15L))
        .build();
    sessionClient = client;
    return client;
  }

  private ScheduledExecutorService newSessionExecutor() {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("sotay-telegram-poll-", 0).factory());
    sessionExecutor = executor;
    return executor;
  }
}
