package vn.sotay.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.sotay.search.InternalGrants;

/**
 * How the server listens and whom it lets in.
 *
 * @param adminToken bearer token for /api/admin/*, or null to disable admin
 * @param requestsPerMinute per-client budget on /api/*; 0 = unlimited
 * @param corsOrigins origins allowed to call the API from other pages; empty = none
 * @param maxUploadBytes largest document accepted by upload
 * @param grants the tokens that see internal documents (none: everyone sees public documents only)
 */
public record WebConfig(String host, int port, String adminToken, int requestsPerMinute, List<String> corsOrigins,
    long maxUploadBytes, InternalGrants grants) {
  public static final int DEFAULT_PORT = 7070;

  public WebConfig {
    corsOrigins = List.copyOf(corsOrigins);
    if (adminToken != null && adminToken.isBlank()) adminToken = null;
  }

  public static WebConfig local(int port) {
    return new WebConfig("127.0.0.1", port, null, 600, List.of(), 20L * 1024 * 1024, InternalGrants.none());
  }

  /** SOTAY_ADMIN_TOKEN, SOTAY_RATE_LIMIT (requests per minute per client), SOTAY_CORS_ORIGINS (comma-separated). */
  public static WebConfig fromEnv(String host, int port, Map<String, String> env) {
    int rate = 600;
    String r = env.get("SOTAY_RATE_LIMIT");
    if (r != null && r.strip().matches("\\d{1,7}")) rate = Integer.parseInt(r.strip());
    List<String> cors = Arrays.stream(env.getOrDefault("SOTAY_CORS_ORIGINS", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new WebConfig(host, port, env.get("SOTAY_ADMIN_TOKEN"), rate, cors, 20L * 1024 * 1024, InternalGrants.none());
  }

  public WebConfig withAdminToken(String token) {
    return new WebConfig(host, port, token, requestsPerMinute, corsOrigins, maxUploadBytes, grants);
  }

  public WebConfig withRequestsPerMinute(int rate) {
    return new WebConfig(host, port, adminToken, rate, corsOrigins, maxUploadBytes, grants);
  }

  public WebConfig withCorsOrigins(List<String> origins) {
    return new WebConfig(host, port, adminToken, requestsPerMinute, origins, maxUploadBytes, grants);
  }

  public WebConfig withGrants(InternalGrants newGrants) {
    return new WebConfig(host, port, adminToken, requestsPerMinute, corsOrigins, maxUploadBytes, newGrants);
  }
}
