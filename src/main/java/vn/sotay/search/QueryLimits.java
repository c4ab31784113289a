package vn.sotay.search;

/**
 * Checks user input before it reaches Lucene. Limits are documented in the README; each violation is an
 * {@link InvalidQueryException} with a Vietnamese message, never a server error.
 */
public final class QueryLimits {
  public static final int MAX_QUERY_CHARS = 2000;
  /** Distinct syllables of one query that are searched; the rest of a very long query is ignored. */
  public static final int MAX_QUERY_TERMS = 48;

  private QueryLimits() {}

  /** Normalizes control characters away and checks length; returns the cleaned query. */
  public static String clean(String query) throws InvalidQueryException {
    if (query == null || query.isBlank()) {
      throw new InvalidQueryException("empty_query", "Vui lòng nhập từ khóa hoặc câu hỏi.");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(
          "query_too_long", "Câu tìm kiếm quá dài (tối đa " + MAX_QUERY_CHARS + " ký tự).");
    }
    StringBuilder sb = new StringBuilder(query.length());
    query.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) || cp == 0xFFFD ? ' ' : cp));
    String cleaned = vn.sotay.text.VietnameseNormalizer.normalize(sb.toString()).strip();
    if (cleaned.isEmpty()) {
      throw new InvalidQueryException("empty_query", "Vui lòng nhập từ khóa hoặc câu hỏi.");
    }
    return cleaned;
  }

  public static void checkPage(int limit, int offset) throws InvalidQueryException {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new InvalidQueryException(
          "bad_limit", "Tham số limit phải từ 1 đến " + SearchRequest.MAX_LIMIT + ".");
    }
    if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
      throw new InvalidQueryException(
          "bad_offset", "Tham số offset phải từ 0 đến " + SearchRequest.MAX_OFFSET + ".");
    }
  }
}
