package vn.sotay.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;

/** serve with a Telegram token: a setting that cannot work stops it with a clear message and frees everything. */
class ServeTelegramTest {
  @TempDir Path corpus;
  @TempDir Path index;

  private RuntimeException serveFails(Map<String, String> env, Class<? extends RuntimeException> type) throws Exception {
    Files.writeString(corpus.resolve("thong-bao.txt"), "THÔNG BÁO\n\n1. Họp giao ban vào sáng thứ Hai hằng tuần.\n");
    int port;
    try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    ServeCommand serve = new ServeCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), env);
    String[] args = {"serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", Integer.toString(port)};
    RuntimeException e = assertThrows(type, () -> serve.run(Arguments.parse(args)));
    try (ServerSocket again = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
      assertTrue(again.isBound(), "the web server let its port go");
    }
    Engine.open(List.of(corpus), index).close(); // and the index is free to open again
    return e;
  }

  @Test
  void aMalformedAllowListIsNamed() throws Exception {
    RuntimeException e = serveFails(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "SOTAY_TELEGRAM_ALLOW", "quan-tri-vien"),
        IllegalArgumentException.class);
    assertTrue(e.getMessage().startsWith("SOTAY_TELEGRAM_ALLOW"), e.getMessage());
  }

  @Test
  void aTokenTelegramRefusesIsReported() throws Exception {
    HttpServer telegram = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    telegram.createContext("/", exchange -> {
      byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    telegram.start();
    try {
      RuntimeException e = serveFails(Map.of("TELEGRAM_BOT_TOKEN", "123:sai",
          "TELEGRAM_API_URL", "http://127.0.0.1:" + telegram.getAddress().getPort()), IllegalStateException.class);
      assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"), e.getMessage());
    } finally {
      telegram.stop(0);
    }
  }
}
