package vn.sotay.web;

/** A request the API refuses, with the status, code and Vietnamese message to answer. */
final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
