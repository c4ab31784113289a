package vn.sotay.search;

/** User input that cannot be searched; the message is Vietnamese and safe to show. */
public final class InvalidQueryException extends Exception {
  private final String code;

  public InvalidQueryException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** Machine-readable reason, e.g. "empty_query", "query_too_long", "bad_limit". */
  public String code() {
    return code;
  }
}
