package vn.sotay.document;

import java.util.List;

/**
 * One retrievable unit of a document: a paragraph, a list item, a clause or a short article.
 *
 * @param anchor stable id inside its document (same text in, same anchor out), usable as an HTML id
 * @param ordinal position of the passage in document order, from 0
 * @param path headings from the root of the document down to (not including) this passage, e.g.
 *     ["II. NHIỆM VỤ, GIẢI PHÁP", "3. Về phát triển nguồn nhân lực"]; a law article's entry starts "Điều N."
 * @param label the passage's own list marker when it is a list item ("1.", "a)", "-", "+"), else null
 * @param leadAnchor anchor of the lead-in passage ("... 9 nhiệm vụ trọng tâm sau:") that introduces the list this
 *     passage is an item of, else null; items of one list share it and are ordered by ordinal
 * @param text the passage text, NFC-normalized, as displayed and quoted (includes the label)
 */
public record Passage(String anchor, int ordinal, List<String> path, String label, String leadAnchor, String text) {
  public Passage {
    path = List.copyOf(path);
  }
}
