package vn.sotay.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * Headers on every answer: a Content-Security-Policy that allows no inline script and no framing, nosniff, no
 * referrer; CORS only for the configured origins.
 */
final class SecurityHeaders {
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final List<String> corsOrigins;

  SecurityHeaders(List<String> corsOrigins) {
    this.corsOrigins = List.copyOf(corsOrigins);
  }

  void apply(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    String origin = ctx.header("Origin");
    if (origin != null && corsOrigins.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Allow-Methods", "GET, POST");
      ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
    }
  }
}
