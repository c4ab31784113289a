package vn.sotay.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server double on 127.0.0.1: answers getMe, deleteWebhook, getUpdates (long polling, blocking while
 * there is nothing new), sendMessage, editMessageText, answerCallbackQuery and setMyCommands the way Telegram
 * does, records every call, and lets a test queue users' messages and button presses, scripted errors (a 429
 * with retry_after) and a hung poll.
 */
final class FakeBotApi implements AutoCloseable {
  static final long BOT_ID = 4242;
  static final String BOT_USERNAME = "sotay_test_bot";

  /**
   * One request as received: the method in lower case, its JSON body, when it arrived, and for a message sent
   * or edited, its message id.
   */
  record Call(String method, JsonNode body, long atNanos, int messageId) {
    long chatId() {
      return body.path("chat_id").asLong();
    }

    String text() {
      return body.path("text").asText();
    }

    /** The callback_data of the button labelled so, or null. */
    String button(String label) {
      for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
        for (JsonNode b : row) {
          if (b.path("text").asText().equals(label)) return b.path("callback_data").asText();
        }
      }
      return null;
    }
  }

  /** A canned error for one call of a method to a chat (null = any chat). */
  private record Scripted(Long chatId, int status, String body) {}

  private final ObjectMapper json = new ObjectMapper();
  private final String token;
  private final HttpServer server;
  // platform threads: a poll waits inside a monitor, which would pin a virtual thread's carrier on Java 21
  private final ExecutorService handlers = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
  private final List<Call> calls = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Queue<Scripted>> scripted = new HashMap<>();
  private final Map<Long, String> chatTypes = new HashMap<>();
  private int nextUpdateId = 1;
  private int nextMessageId = 1;
  private int pollsToHang;
  private boolean closed;

  FakeBotApi(String token) throws IOException {
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  String token() {
    return token;
  }

  // ---------- what users do ----------

  /** A user writes in a private chat (the chat id is the user id); returns the message id. */
  int userSays(long userId, String text) {
    return post(userId, "private", userId, text, null);
  }

  /** A user shares a location (a message without text) in a private chat. */
  synchronized void userSendsLocation(long userId) {
    ObjectNode m = json.createObjectNode().put("message_id", nextMessageId++).put("date", 1_700_000_000);
    m.set("from", user(userId));
    m.set("chat", chat(userId));
    m.set("location", json.createObjectNode().put("latitude", 21.03).put("longitude", 105.85));
    queue(json.createObjectNode().set("message", m));
  }

  /** A user writes in a group, optionally replying to one of the bot's messages; returns the message id. */
  int groupMessage(long chatId, long userId, String text, Integer replyToBotMessage) {
    return post(chatId, "group", userId, text, replyToBotMessage);
  }

  /** A user presses a button under one of the bot's messages; returns the callback query id. */
  synchronized String press(long chatId, long userId, int messageId, String data) {
    String id = "cb-" + nextUpdateId;
    ObjectNode q = json.createObjectNode().put("id", id).put("chat_instance", "ci-" + chatId).put("data", data);
    q.set("from", user(userId));
    ObjectNode message = json.createObjectNode().put("message_id", messageId).put("date", 1_700_000_000).put("text", "…");
    message.set("chat", chat(chatId));
    message.set("from", bot());
    q.set("message", message);
    queue(json.createObjectNode().set("callback_query", q));
    return id;
  }

  private synchronized int post(long chatId, String type, long userId, String text, Integer replyTo) {
    chatTypes.put(chatId, type);
    int messageId = nextMessageId++;
    ObjectNode m = json.createObjectNode().put("message_id", messageId).put("date", 1_700_000_000).put("text", text);
    m.set("from", user(userId));
    m.set("chat", chat(chatId));
    if (text.startsWith("/")) {
      int length = text.contains(" ") ? text.indexOf(' ') : text.length();
      m.set("entities", json.createArrayNode().add(json.createObjectNode().put("type", "bot_command").put("offset", 0).put("length", length)));
    }
    if (replyTo != null) {
      ObjectNode original = json.createObjectNode().put("message_id", replyTo).put("date", 1_700_000_000).put("text", "…");
      original.set("from", bot());
      original.set("chat", chat(chatId));
      m.set("reply_to_message", original);
    }
    queue(json.createObjectNode().set("message", m));
    return messageId;
  }

  private void queue(JsonNode update) {
    ObjectNode u = ((ObjectNode) update).put("update_id", nextUpdateId++);
    updates.add(u);
    notifyAll();
  }

  // ---------- how the server misbehaves ----------

  /** The next call of this method for the chat fails with the status and Bot API error (retryAfter null = none). */
  synchronized void failNext(String method, long chatId, int status, String description, Integer retryAfter) {
    ObjectNode error = json.createObjectNode().put("ok", false).put("error_code", status).put("description", description);
    if (retryAfter != null) error.set("parameters", json.createObjectNode().put("retry_after", retryAfter));
    scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>())
        .add(new Scripted(chatId, status, error.toString()));
  }

  /** The next getUpdates requests never answer (until close): a connection that hangs. */
  synchronized void hangNextPolls(int count) {
    pollsToHang = count;
  }

  // ---------- what the bot did ----------

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
  }

  /** Messages sent to the chat, in order. */
  List<Call> sentTo(long chatId) {
    return calls("sendMessage").stream().filter(c -> c.chatId() == chatId).toList();
  }

  /** Waits until at least count calls of the method match; returns the matching calls. */
  synchronized List<Call> await(String method, Predicate<Call> match, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> found = calls(method).stream().filter(match).toList();
      if (found.size() >= count) return found;
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout + " for " + count + " " + method + ", got " + found.size()
            + "; all calls: " + calls.stream().map(c -> c.method() + " " + c.body()).toList());
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  Call awaitOne(String method, Predicate<Call> match) throws InterruptedException {
    List<Call> found = await(method, match, 1, Duration.ofSeconds(20));
    return found.get(found.size() - 1);
  }

  /** Waits for the n-th message (from 1) sent to the chat. */
  Call nthSentTo(long chatId, int n) throws InterruptedException {
    return await("sendMessage", c -> c.chatId() == chatId, n, Duration.ofSeconds(20)).get(n - 1);
  }

  /** Waits for the answer to a button press. */
  Call answerTo(String callbackId) throws InterruptedException {
    return awaitOne("answerCallbackQuery", c -> c.body().path("callback_query_id").asText().equals(callbackId));
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    server.stop(0);
    handlers.shutdownNow();
  }

  // ---------- the server ----------

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + token + "/";
      if (!path.startsWith(prefix)) {
        respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
      Scripted failure = failure(method, body);
      if (failure != null) {
        record(method, body, 0);
        respond(exchange, failure.status(), failure.body());
        return;
      }
      boolean makesMessage = method.equals("sendmessage") || method.equals("editmessagetext");
      if (!makesMessage) record(method, body, 0); // messages are recorded with the id they get
      JsonNode result = switch (method) {
        case "getme" -> bot().put("can_join_groups", true).put("can_read_all_group_messages", false);
        case "deletewebhook", "setmycommands", "answercallbackquery" -> json.getNodeFactory().booleanNode(true);
        case "getupdates" -> poll(body);
        case "sendmessage" -> message(method, body, null);
        case "editmessagetext" -> message(method, body, body.path("message_id").asInt());
        default -> null;
      };
      if (result == null) {
        respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
        return;
      }
      ObjectNode ok = json.createObjectNode().put("ok", true);
      ok.set("result", result);
      respond(exchange, 200, ok.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void record(String method, JsonNode body, int messageId) {
    calls.add(new Call(method, body, System.nanoTime(), messageId));
    notifyAll();
  }

  private synchronized Scripted failure(String method, JsonNode body) {
    Queue<Scripted> queue = scripted.get(method);
    if (queue == null) return null;
    for (Scripted s : queue) {
      if (s.chatId() == null || s.chatId() == body.path("chat_id").asLong()) {
        queue.remove(s);
        return s;
      }
    }
    return null;
  }

  /** Updates from offset on; blocks up to the request's timeout while there are none, like Telegram. */
  private synchronized JsonNode poll(JsonNode body) throws InterruptedException {
    if (pollsToHang > 0) {
      pollsToHang--;
      while (!closed) wait();
      return json.createArrayNode();
    }
    int offset = body.path("offset").asInt(0);
    updates.removeIf(u -> u.path("update_id").asInt() < offset); // confirmed by the offset
    long deadline = System.nanoTime() + Duration.ofSeconds(body.path("timeout").asInt(0)).toNanos();
    while (updates.isEmpty() && !closed) {
      long left = deadline - System.nanoTime();
      if (left <= 0) break;
      wait(Math.max(1, left / 1_000_000));
    }
    ArrayNode result = json.createArrayNode();
    updates.stream().limit(body.path("limit").asInt(100)).forEach(result::add);
    return result;
  }

  private synchronized ObjectNode message(String method, JsonNode body, Integer editedId) {
    long chatId = body.path("chat_id").asLong();
    int messageId = editedId != null ? editedId : nextMessageId++;
    record(method, body, messageId);
    ObjectNode m = json.createObjectNode().put("message_id", messageId)
        .put("date", 1_700_000_000).put("text", body.path("text").asText());
    m.set("chat", chat(chatId));
    m.set("from", bot());
    return m;
  }

  private ObjectNode chat(long chatId) {
    String type = chatTypes.getOrDefault(chatId, "private");
    ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", type);
    return "private".equals(type) ? chat.put("first_name", "Cán bộ") : chat.put("title", "Nhóm tra cứu");
  }

  private ObjectNode user(long id) {
    return json.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Cán bộ " + id).put("language_code", "vi");
  }

  private ObjectNode bot() {
    return json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Sổ tay").put("username", BOT_USERNAME);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
