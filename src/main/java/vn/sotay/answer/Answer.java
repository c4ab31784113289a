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
  public record Item(String text, int citation) {}

  public record Citation(
      String docId, String title, String docNumber, List<String> path, String anchor, String quote, String url) {}
}
