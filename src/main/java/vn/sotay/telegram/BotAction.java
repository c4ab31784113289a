package vn.sotay.telegram;

/**
 * What a button does, kept on the server behind a short callback key. Actions that page ({@code edit}) rewrite
 * the message they sit on; the others send a new message.
 */
sealed interface BotAction {
  /** Whether the action rewrites the message its button sits on (paging) rather than sending a new one. */
  default boolean edit() {
    return false;
  }

  /** A page of search results for the query, from offset. */
  record SearchPage(String query, int offset, boolean edit) implements BotAction {}

  /** A page of the newest documents, from offset. */
  record LatestPage(int offset, boolean edit) implements BotAction {}

  /** A document's card and a page of its outline, from the outline entry at offset. */
  record DocumentCard(String docId, int offset, boolean edit) implements BotAction {}

  /** One passage in full. */
  record FullPassage(String docId, String anchor) implements BotAction {}
}
