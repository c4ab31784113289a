package vn.sotay.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who sees internal documents: API tokens, Telegram users (in their private chat with the bot) and Telegram group
 * chats. Everyone else is a {@link Viewer#PUBLIC} viewer. Tokens are kept as SHA-256 digests and compared in
 * constant time.
 */
public final class InternalGrants {
  /** Shorter tokens could be guessed; a token also may not hold the comma that separates them in the environment. */
  public static final int MIN_TOKEN_CHARS = 16;

  private final List<byte[]> tokenDigests;
  private final Set<Long> telegramUsers;
  private final Set<Long> telegramChats;

  public InternalGrants(List<String> tokens, Set<Long> telegramUsers, Set<Long> telegramChats) {
    List<byte[]> digests = new ArrayList<>();
    for (String token : tokens) {
      checkToken(token);
      digests.add(digest(token));
    }
    this.tokenDigests = List.copyOf(digests);
    this.telegramUsers = Set.copyOf(telegramUsers);
    this.telegramChats = Set.copyOf(telegramChats);
  }

  public static InternalGrants none() {
    return new InternalGrants(List.of(), Set.of(), Set.of());
  }

  /** The viewer an API token stands for: internal when it is a granted token; public for anything else or none. */
  public Viewer forToken(String token) {
    if (token == null || token.isEmpty() || token.length() > 1000) return Viewer.PUBLIC;
    byte[] given = digest(token);
    boolean granted = false;
    for (byte[] known : tokenDigests) granted |= MessageDigest.isEqual(given, known); // no early exit: constant time
    return granted ? Viewer.INTERNAL : Viewer.PUBLIC;
  }

  /**
   * The viewer of a Telegram update. A private chat sees internal documents when its user is granted; a group only
   * when the group itself is granted, so a granted member cannot bring internal documents into a group.
   */
  public Viewer forTelegram(long userId, long chatId, boolean privateChat) {
    boolean granted = privateChat ? userId == chatId && telegramUsers.contains(userId) : telegramChats.contains(chatId);
    return granted ? Viewer.INTERNAL : Viewer.PUBLIC;
  }

  public boolean grantsTokens() {
    return !tokenDigests.isEmpty();
  }

  /** How many tokens, Telegram users and chats are granted, for the start-up message (never the secrets). */
  public String describe() {
    return tokenDigests.size() + " mã API, " + telegramUsers.size() + " người dùng và " + telegramChats.size()
        + " nhóm Telegram";
  }

  /**
   * From SOTAY_ACCESS_FILE (a JSON file {@code {"tokens": [...], "telegramUsers": [...], "telegramChats": [...]}}),
   * SOTAY_INTERNAL_TOKENS (comma-separated tokens) and SOTAY_TELEGRAM_INTERNAL (comma-separated ids: a user's id
   * is positive, a group's negative), all together. A file that cannot be read or a malformed value is an
   * IllegalArgumentException naming its source.
   */
  public static InternalGrants fromEnv(Map<String, String> env) {
    List<String> tokens = new ArrayList<>();
    Set<Long> users = new LinkedHashSet<>();
    Set<Long> chats = new LinkedHashSet<>();
    String file = env.get("SOTAY_ACCESS_FILE");
    if (file != null && !file.isBlank()) {
      GrantsFile read = readFile(Path.of(file.strip()));
      tokens.addAll(read.tokens());
      users.addAll(read.telegramUsers());
      chats.addAll(read.telegramChats());
    }
    for (String token : env.getOrDefault("SOTAY_INTERNAL_TOKENS", "").split(",")) {
      if (!token.isBlank()) tokens.add(token.strip());
    }
    for (String part : env.getOrDefault("SOTAY_TELEGRAM_INTERNAL", "").split(",")) {
      String id = part.strip();
      if (id.isEmpty()) continue;
      if (!id.matches("-?\\d{1,19}")) {
        throw new IllegalArgumentException("SOTAY_TELEGRAM_INTERNAL: \"" + id + "\" không phải mã người dùng hay mã nhóm "
            + "(cần các số nguyên, cách nhau bằng dấu phẩy).");
      }
      long n = Long.parseLong(id);
      (n > 0 ? users : chats).add(n);
    }
    try {
      return new InternalGrants(tokens, users, chats);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("SOTAY_INTERNAL_TOKENS/SOTAY_ACCESS_FILE: " + e.getMessage(), e);
    }
  }

  private record GrantsFile(List<String> tokens, List<Long> telegramUsers, List<Long> telegramChats) {
    GrantsFile {
      tokens = tokens == null ? List.of() : tokens;
      telegramUsers = telegramUsers == null ? List.of() : telegramUsers;
      telegramChats = telegramChats == null ? List.of() : telegramChats;
    }
  }

  private static GrantsFile readFile(Path file) {
    String name = "SOTAY_ACCESS_FILE (" + file + ")";
    try {
      ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
      GrantsFile read = json.readValue(Files.readString(file, StandardCharsets.UTF_8), GrantsFile.class);
      if (read == null) throw new IllegalArgumentException(name + ": tệp rỗng.");
      if (Stream.of(read.tokens(), read.telegramUsers(), read.telegramChats()).flatMap(List::stream).anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException(name + ": danh sách có giá trị null.");
      }
      return read;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": cần dạng {\"tokens\": [...], \"telegramUsers\": [...], "
          + "\"telegramChats\": [...]} (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": không đọc được tệp (" + e.getMessage() + ").", e);
    }
  }

  private static void checkToken(String token) {
    if (token == null || token.length() < MIN_TOKEN_CHARS || token.chars().anyMatch(c -> c <= ' ' || c == ',')) {
      throw new IllegalArgumentException("mỗi mã truy cập nội bộ cần ít nhất " + MIN_TOKEN_CHARS
          + " ký tự, không có khoảng trắng hay dấu phẩy.");
    }
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
