package vn.sotay.search;

/**
 * A search as the user asked it. Null filters mean "any".
 *
 * @param query the raw user text (numbers, titles, phrases, questions; any typing)
 * @param limit 1..100
 * @param offset 0..10_000
 */
public record SearchRequest(String query, String type, String issuer, Integer year, int limit, int offset) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, limit, 0);
  }

  public SearchRequest withPage(int newLimit, int newOffset) {
    return new SearchRequest(query, type, issuer, year, newLimit, newOffset);
  }

  public SearchRequest withQuery(String newQuery) {
    return new SearchRequest(newQuery, type, issuer, year, limit, offset);
  }
}
