package vn.sotay.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import vn.sotay.search.InternalGrants;
import vn.sotay.search.Viewer;

/**
 * Who is asking, for every read of the API: an API client sends "Authorization: Bearer TOKEN"; an official on the
 * page enters the token once (POST /api/access/login) and the browser keeps it in an HttpOnly, SameSite=Strict
 * cookie until log-out or {@link #COOKIE_LIFE}. A header decides when present. A token that is not granted, the
 * admin token included, is simply a public viewer: reads never fail for it. Answers that depend on the viewer are
 * never stored by caches.
 */
final class AccessHandlers {
  static final String COOKIE = "sotay_noi_bo";
  static final Duration COOKIE_LIFE = Duration.ofHours(12);
  private static final String BEARER = "Bearer ";

  /** What /api/access and the log-in and log-out answer: "public" or "noi-bo". */
  record Status(String access) {
    static Status of(Viewer viewer) {
      return new Status(viewer.seesInternal() ? "noi-bo" : "public");
    }
  }

  private final InternalGrants grants;
  private final ObjectMapper json = new ObjectMapper();

  AccessHandlers(InternalGrants grants) {
    this.grants = grants;
  }

  Viewer viewerOf(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return grants.forToken(header.substring(BEARER.length()).strip());
    }
    return grants.forToken(fromCookie(ctx.cookie(COOKIE)));
  }

  /** Before every answer that depends on the viewer. */
  static void uncacheable(Context ctx) {
    ctx.header("Cache-Control", "private, no-store");
    ctx.res().addHeader("Vary", "Authorization, Cookie");
  }

  void status(Context ctx) {
    ctx.json(Status.of(viewerOf(ctx)));
  }

  /**
   * {@code {"token": "..."}} as JSON: a cross-site form cannot send that without the browser asking first, so no
   * other site can log a visitor in or out behind their back.
   */
  void login(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "json_required", "Cần gửi {\"token\": \"...\"} dạng application/json.");
    }
    String token;
    try {
      JsonNode body = json.readTree(ctx.body());
      token = body == null ? null : body.path("token").asText(null);
    } catch (IOException e) {
      throw ApiException.badRequest("bad_json", "Nội dung gửi lên không phải JSON hợp lệ.");
    }
    if (token == null || grants.forToken(token.strip()) != Viewer.INTERNAL) {
      clearCookie(ctx);
      throw new ApiException(401, "bad_token", "Mã truy cập nội bộ không đúng.");
    }
    setCookie(ctx, toCookie(token.strip()), COOKIE_LIFE.toSeconds());
    ctx.json(Status.of(Viewer.INTERNAL));
  }

  void logout(Context ctx) {
    clearCookie(ctx);
    ctx.json(Status.of(Viewer.PUBLIC));
  }

  private static void clearCookie(Context ctx) {
    setCookie(ctx, "", 0);
  }

  private static void setCookie(Context ctx, String value, long maxAgeSeconds) {
    boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
  }

  /** Tokens may hold characters a cookie may not (";", quotes): the cookie carries them base64url-encoded. */
  private static String toCookie(String token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  private static String fromCookie(String value) {
    if (value == null || value.isEmpty() || value.length() > 2000) return null;
    try {
      return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
