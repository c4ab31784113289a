package vn.sotay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import vn.sotay.Engine;
import vn.sotay.search.InternalGrants;
import vn.sotay.telegram.TelegramBot;
import vn.sotay.web.WebConfig;
import vn.sotay.web.WebServer;

/** serve: brings the index up to date, then runs the web page and API (and the Telegram bot) until stopped. */
final class ServeCommand {
  private final PrintStream out;
  private final Map<String, String> env;

  ServeCommand(PrintStream out, Map<String, String> env) {
    this.out = out;
    this.env = env;
  }

  int run(Arguments a) throws IOException {
    String host = a.option("host", "127.0.0.1");
    int port = a.intOption("port", WebConfig.DEFAULT_PORT);
    if (port < 0 || port > 65535) throw new UsageException("Cổng không hợp lệ: " + port);
    InternalGrants grants = InternalGrants.fromEnv(env); // read once, for the page and the bot alike
    Engine engine = Engine.openServing(a.corpusRoots(), a.indexDir());
    engine.openingReport().ifPresentOrElse(r -> out.print(TextOutput.report(r)), () -> out.println(
        "Mở chỉ mục có sẵn (" + engine.library().stats().documents() + " văn bản công khai); thư mục văn bản được"
            + " đối chiếu ở nền, thay đổi sẽ được báo dưới đây."));
    WebConfig config = WebConfig.fromEnv(host, port, env).withGrants(grants);
    WebServer web = new WebServer(engine.library(), engine.assistant(), engine.maintenance(), config);
    try {
      web.start();
    } catch (RuntimeException e) {
      engine.close();
      throw new IOException("Không mở được cổng " + host + ":" + port + " (" + e.getMessage() + ")", e);
    }
    Optional<TelegramBot> bot = bot(engine, web, grants);
    engine.watchCorpus(new WatchLog(out));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      bot.ifPresent(TelegramBot::close);
      web.close();
      try {
        engine.close();
      } catch (IOException ignored) {
        // the process is ending; the index was committed at every update
      }
      stopped.countDown();
    }, "sotay-shutdown"));
    out.println("Sổ tay Nghị quyết đang chạy tại http://" + host + ":" + web.port() + "/ (Ctrl+C để dừng)");
    if (config.adminToken() == null) out.println("Quản trị: tắt (đặt SOTAY_ADMIN_TOKEN để bật tải lên và lập lại chỉ mục).");
    out.println("Văn bản nội bộ: chỉ hiện cho " + grants.describe() + " được cấp quyền.");
    out.println(bot.map(b -> "Bot Telegram: đang chạy" + b.username().map(u -> " (@" + u + ").").orElse(", đang kết nối."))
        .orElse("Bot Telegram: tắt (đặt TELEGRAM_BOT_TOKEN để bật)."));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The Telegram bot when TELEGRAM_BOT_TOKEN is set; a bad setting stops serve with its message. */
  private Optional<TelegramBot> bot(Engine engine, WebServer web, InternalGrants grants) throws IOException {
    try {
      return TelegramBot.fromEnv(env, grants, engine.library(), engine.assistant());
    } catch (RuntimeException e) {
      web.close();
      engine.close();
      throw e;
    }
  }
}
