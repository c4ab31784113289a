package vn.sotay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;
import vn.sotay.document.CorpusLoader;
import vn.sotay.index.CorpusIndexer;
import vn.sotay.index.IndexStore;

/** Per-client rate limit, admin switched off, CORS for configured origins only, and the size of requests. */
class WebServerLimitsTest {
  @TempDir Path work;

  @Test
  void aClientOverItsBudgetGets429WithRetryAfter() throws Exception {
    try (Engine engine = Engine.open(List.of(Path.of("corpus")), work.resolve("index"));
        WebServer server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(),
            WebConfig.local(0).withRequestsPerMinute(8).withCorsOrigins(List.of("https://cong-thong-tin.example"))).start()) {
      Http http = new Http(server.port());
      int ok = 0, limited = 0;
      String retryAfter = null;
      for (int i = 0; i < 6; i++) {
        Http.Response r = http.get("/api/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt");
        if (r.status() == 200) ok++;
        if (r.status() == 429) {
          limited++;
          retryAfter = r.header("retry-after");
          assertEquals("rate_limited", r.json().get("code").asText());
        }
      }
      assertEquals(2, ok, "a burst of a quarter of the minute's budget");
      assertEquals(4, limited);
      assertTrue(Integer.parseInt(retryAfter) >= 1);
      assertEquals(200, http.get("/").status(), "the page itself is not rate limited");

      Http.Response admin = http.send("POST", "/api/admin/reindex", Map.of("Authorization", "Bearer x"), new byte[0]);
      assertTrue(admin.status() == 404 || admin.status() == 429, "admin is off without a token: " + admin.status());

      Http.Response cors = http.send("GET", "/health", Map.of("Origin", "https://cong-thong-tin.example"), new byte[0]);
      assertEquals("https://cong-thong-tin.example", cors.header("access-control-allow-origin"));
    }
  }

  @Test
  void aReindexThatCannotWriteTheIndexAnswers503WithTheReasonAndSearchesGoOn() throws Exception {
    Path index = work.resolve("index");
    List<Path> corpus = List.of(Path.of("corpus"));
    try (Engine engine = Engine.open(corpus, index);
        IndexStore sameFolder = new IndexStore(index); // the engine's writer holds the folder
        WebServer server = new WebServer(engine.library(), engine.assistant(),
            new CorpusIndexer(sameFolder, new CorpusLoader(), corpus), WebConfig.local(0).withAdminToken("t")).start()) {
      Http http = new Http(server.port());
      Http.Response reindex = http.send("POST", "/api/admin/reindex", Map.of("Authorization", "Bearer t"), new byte[0]);
      assertEquals(503, reindex.status());
      assertEquals("index_unwritable", reindex.json().get("code").asText());
      assertTrue(reindex.json().get("error").asText().contains("tiến trình sotay khác"), reindex.json().toString());
      assertEquals(200, http.get("/api/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt").status());
    }
  }

  @Test
  void rateLimiterRefillsOverTime() {
    long[] now = {0};
    RateLimiter limiter = new RateLimiter(60, () -> now[0]);
    for (int i = 0; i < 15; i++) assertEquals(0, limiter.acquire("a"));
    assertTrue(limiter.acquire("a") >= 1);
    assertEquals(0, limiter.acquire("b"), "clients have their own budgets");
    now[0] += 2_000_000_000L;
    assertEquals(0, limiter.acquire("a"));
  }

  @Test
  void oversizedRequestsAreRefusedWithAJsonErrorNotRead() throws Exception {
    try (Engine engine = Engine.open(List.of(Path.of("corpus")), work.resolve("index"));
        WebServer server = new WebServer(engine.library(), engine.assistant(), engine.maintenance(),
            WebConfig.local(0).withRequestsPerMinute(0).withAdminToken("mat-khau-quan-tri-dai-du")).start()) {
      Http http = new Http(server.port());
      // announced as 25 MB, over the 20 MB a document may weigh: refused before the body is read
      String upload = rawExchange(server.port(), "POST /api/admin/documents?name=lon.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Bearer mat-khau-quan-tri-dai-du\r\nContent-Type: application/octet-stream\r\n"
          + "Content-Length: " + 25 * 1024 * 1024 + "\r\nConnection: close\r\n\r\n" + "x".repeat(1024));
      assertTrue(upload.startsWith("HTTP/1.1 413"), upload);
      assertTrue(upload.contains("\"code\""), upload);
      Http.Response hugeUrl = http.get("/api/search?q=" + "a".repeat(200_000));
      assertTrue(hugeUrl.status() == 414 || hugeUrl.status() == 431 || hugeUrl.status() == 400, "status " + hugeUrl.status());
      assertEquals(200, http.get("/health").status(), "the server goes on");
    }
  }

  /** Sends raw bytes and reads whatever the server answers before it closes. */
  private static String rawExchange(int port, String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
