package vn.sotay.answer;

import java.util.List;

/**
 * A cited answer, in the shape of /api/ask.
 *
 * @param kind "list", "count", "document", "passage" or "none"
 * @param answer short Vietnamese answer; every claim is backed by a citation
 * @param items list items in document order (list answers), each pointing at a citation index
 */
public record Answer(String question, String kind, String answer, List<Item> items, List<Citation> citations) {
  public Answer {
    items = List.copyOf(items);
    citations = List.copyOf(citations);
  }

  public record Item(String text, int citation) {}

  /**
   * @param quote the exact passage text
   * @param highlight the quote HTML-escaped with the matching words in &lt;mark&gt;, or null
   * @param url "/documents/{docId}#anchor" relative to the web page
   * @param access the document's access: "public" or "noi-bo"
   */
  public record Citation(
      String docId,
      String title,
      String docNumber,
      List<String> path,
      String anchor,
      String quote,
      String highlight,
      String url,
      String access) {
    public Citation {
      path = List.copyOf(path);
    }
  }
}
