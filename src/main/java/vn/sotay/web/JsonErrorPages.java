package vn.sotay.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before they reach a route (a URI too long, a malformed request line) still get the API's
 * JSON error shape and a Vietnamese message instead of Jetty's HTML page.
 */
final class JsonErrorPages implements Request.Handler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
    if (status < 400) status = 500;
    String code = switch (status) {
      case 414, 431 -> "too_long";
      case 413 -> "too_large";
      case 400 -> "bad_request";
      default -> status >= 500 ? "internal" : "bad_request";
    };
    String message = switch (status) {
      case 414, 431 -> "Địa chỉ hoặc câu truy vấn quá dài.";
      case 413 -> "Yêu cầu quá lớn.";
      default -> status >= 500 ? "Lỗi máy chủ, vui lòng thử lại sau." : "Yêu cầu không hợp lệ.";
    };
    byte[] body = ("{\"error\":\"" + message + "\",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put("Content-Security-Policy", SecurityHeaders.POLICY);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}
