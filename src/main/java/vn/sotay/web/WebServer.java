package vn.sotay.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.sotay.answer.Assistant;
import vn.sotay.index.CorpusMaintenance;
import vn.sotay.index.IndexWriteException;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;

/**
 * The HTTP API and the search page on one engine. Every error is a 4xx (or, for a fault of our own, a 500) with
 * {@code {"error", "code"}}; user input never reaches a 5xx. Usage: {@code new WebServer(...).start()}, then close().
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WebServer.class.getName());

  private final WebConfig config;
  private final Javalin app;
  private final byte[] page;

  public WebServer(Library library, Assistant assistant, CorpusMaintenance maintenance, WebConfig config) {
    this.config = config;
    this.page = resource("/web/index.html");
    AccessHandlers access = new AccessHandlers(config.grants());
    ApiHandlers api = new ApiHandlers(library, assistant, access);
    AdminHandlers admin = new AdminHandlers(maintenance, config.adminToken(), config.maxUploadBytes());
    SecurityHeaders headers = new SecurityHeaders(config.corsOrigins());
    RateLimiter limiter = new RateLimiter(config.requestsPerMinute(), System::nanoTime);
    this.app = Javalin.create(cfg -> {
      cfg.startup.startupWatcherEnabled = false;
      cfg.startup.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson());
      cfg.http.maxRequestSize = config.maxUploadBytes() + 64 * 1024;
      cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
      cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
      // a 10,000-character question must reach the API and get its clear 400, not Jetty's bare 431
      cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(96 * 1024));
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/web/static";
        sf.location = Location.CLASSPATH;
      });
      cfg.routes.before(headers::apply);
      cfg.routes.before("/api/*", AccessHandlers::uncacheable);
      cfg.routes.before("/health", AccessHandlers::uncacheable);
      cfg.routes.before("/api/*", ctx -> {
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
          ctx.header("Retry-After", Long.toString(wait));
          throw new ApiException(429, "rate_limited", "Quá nhiều yêu cầu, vui lòng chờ " + wait + " giây rồi thử lại.");
        }
      });
      cfg.routes.get("/", this::page);
      cfg.routes.get("/documents/<docId>", this::page);
      cfg.routes.get("/health", api::health);
      cfg.routes.get("/api/search", api::search);
      cfg.routes.get("/api/ask", api::ask);
      cfg.routes.get("/api/suggest", api::suggest);
      cfg.routes.get("/api/documents", api::documents);
      cfg.routes.get("/api/documents/<docId>", api::document);
      cfg.routes.get("/api/access", access::status);
      cfg.routes.post("/api/access/login", access::login);
      cfg.routes.post("/api/access/logout", access::logout);
      cfg.routes.post("/api/admin/reindex", admin::reindex);
      cfg.routes.post("/api/admin/documents", admin::upload);
      cfg.routes.options("/api/*", ctx -> ctx.status(204));
      cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
      cfg.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.code(), e.getMessage()));
      cfg.routes.exception(IllegalArgumentException.class,
          (e, ctx) -> error(ctx, 400, "bad_request", "Yêu cầu không hợp lệ (tham số hoặc mã hóa URL sai)."));
      cfg.routes.exception(IndexWriteException.class, (e, ctx) -> error(ctx, 503, "index_unwritable", e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.log(Level.SEVERE, "request failed: " + ctx.path(), e);
        error(ctx, 500, "internal", "Lỗi máy chủ, vui lòng thử lại sau.");
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
          error(ctx, 404, "not_found", "Không có địa chỉ này.");
        }
      });
      cfg.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", "Phương thức không được hỗ trợ."));
      cfg.routes.error(413, ctx -> error(ctx, 413, "too_large", "Yêu cầu quá lớn."));
    });
  }

  public WebServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The port listened on (the real one when started with port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).json(new ApiError(message, code));
  }

  private static byte[] resource(String path) {
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
