package vn.sotay.answer;

import vn.sotay.search.DocumentSummary;
import vn.sotay.search.SearchHit;
import vn.sotay.search.Section;

/** Citations and the way a document is named in an answer. */
final class Citations {
  private Citations() {}

  static Answer.Citation of(SearchHit hit) {
    return new Answer.Citation(hit.docId(), hit.title(), hit.docNumber(), hit.path(), hit.anchor(), hit.text(),
        hit.highlight(), url(hit.docId(), hit.anchor()), hit.access());
  }

  static Answer.Citation of(DocumentSummary doc, Section section) {
    return new Answer.Citation(doc.docId(), doc.title(), doc.docNumber(), section.path(), section.anchor(),
        section.text(), null, url(doc.docId(), section.anchor()), doc.access());
  }

  static String url(String docId, String anchor) {
    return "/documents/" + docId + "#" + anchor;
  }

  /** "Nghị quyết số 05-NQ/TU", or the title when the document has no number. */
  static String name(String docType, String docNumber, String title) {
    if (docNumber != null) return (docType == null ? "Văn bản" : docType) + " số " + docNumber;
    if (title == null) return "Văn bản";
    return "“" + (title.length() > 90 ? title.substring(0, title.lastIndexOf(' ', 88)) + "…" : title) + "”";
  }

  static String name(DocumentSummary d) {
    return name(d.docType(), d.docNumber(), d.title());
  }

  static String name(SearchHit h) {
    return name(h.docType(), h.docNumber(), h.title());
  }

  /** "ngày 15/3/2023" from an ISO date, or "". */
  static String date(String iso) {
    if (iso == null || iso.length() != 10) return "";
    return "ngày " + Integer.parseInt(iso.substring(8)) + "/" + Integer.parseInt(iso.substring(5, 7)) + "/" + iso.substring(0, 4);
  }
}
