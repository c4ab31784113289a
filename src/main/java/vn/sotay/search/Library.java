package vn.sotay.search;

import java.util.List;
import java.util.Optional;

/**
 * The one search engine every front end uses, as one {@link Viewer} sees it: every method below (results, totals,
 * facets, listings, documents, suggestions, counts) leaves out what that viewer may not see. Thread-safe. Never
 * throws on user input: bad queries give {@link InvalidQueryException} with a Vietnamese message.
 */
public interface Library {
  /** Whom this library shows documents to. */
  Viewer viewer();

  /** The same library as another viewer sees it. */
  Library seenBy(Viewer viewer);

  SearchResponse search(SearchRequest request) throws InvalidQueryException;

  /** Passages of one document in order, or empty when the docId is unknown. */
  Optional<DocumentView> document(String docId);

  /** Documents matching the filters (null = any), newest first. */
  List<DocumentSummary> documents(String type, String issuer, Integer year, int limit, int offset);

  long countDocuments(String type, String issuer, Integer year);

  /** Documents whose number has this serial ("5" for 05-NQ/TU and 5/2023/NQ-HĐND; leading zeros aside), newest first. */
  List<DocumentSummary> documentsNumbered(String serial);

  /** Type-ahead over document numbers and titles (any typing: no diacritics, "nq 5"). */
  List<Suggestion> suggest(String prefix, int limit);

  LibraryStats stats();

  /** Prepares the listings and type-ahead of the current index for every viewer; calls above would otherwise. */
  void prepare();

  /**
   * The share (0 to 1) of the query's information that the text holds: its words and word pairs, rare ones
   * counting more. Tells a passage that answers from one that merely shares common words. Rarity, like ranking, is
   * counted over the whole index whoever the viewer is; it never shows anything of a document.
   */
  double coverage(String query, String text);
}
