package vn.sotay.search;

import java.util.Locale;
import java.util.Optional;

/**
 * A search as the user asked it. Null filters mean "any".
 *
 * @param query the raw user text (numbers, titles, phrases, questions; any typing)
 * @param limit 1..100
 * @param offset 0..10_000
 * @param sort best first, or the best {@link #DATE_POOL} with the newest documents first
 */
public record SearchRequest(String query, String type, String issuer, Integer year, int limit, int offset, Sort sort) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;
  /**
   * Ordering by date orders the passages that match best, this many or the page's end if further: every match of a
   * loose question, newest first, would put a passage sharing one common word with it on top.
   */
  public static final int DATE_POOL = 100;

  public enum Sort {
    RELEVANCE("lien-quan"), DATE("moi-nhat");

    private final String code;

    Sort(String code) {
      this.code = code;
    }

    /** The value in URLs and on the command line: "lien-quan" or "moi-nhat" (also "relevance", "date"). */
    public String code() {
      return code;
    }

    public static Optional<Sort> parse(String text) {
      if (text == null) return Optional.empty();
      String t = text.strip().toLowerCase(Locale.ROOT);
      for (Sort s : values()) {
        if (s.code.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t)) return Optional.of(s);
      }
      return Optional.empty();
    }
  }

  public SearchRequest {
    if (sort == null) sort = Sort.RELEVANCE;
  }

  /** Best first. */
  public SearchRequest(String query, String type, String issuer, Integer year, int limit, int offset) {
    this(query, type, issuer, year, limit, offset, Sort.RELEVANCE);
  }

  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, limit, 0);
  }

  public SearchRequest withPage(int newLimit, int newOffset) {
    return new SearchRequest(query, type, issuer, year, newLimit, newOffset, sort);
  }

  public SearchRequest withQuery(String newQuery) {
    return new SearchRequest(newQuery, type, issuer, year, limit, offset, sort);
  }

  public SearchRequest withSort(Sort newSort) {
    return new SearchRequest(query, type, issuer, year, limit, offset, newSort);
  }
}
