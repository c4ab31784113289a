package vn.sotay.telegram;

import java.util.List;

/** How documents and places in them are named in messages (all results are HTML). */
final class DocumentNames {
  static final String PATH_SEPARATOR = " › ";

  private DocumentNames() {}

  /** "Nghị quyết số 05-NQ/TU", or the (shortened) title of a document without a number. */
  static String name(String docType, String docNumber, String title) {
    if (docNumber != null) return Html.escape((docType == null ? "Văn bản" : docType) + " số " + docNumber);
    return Html.escape(title == null ? "Văn bản" : "“" + Html.shorten(title, 90) + "”");
  }

  /** "<b>05-NQ/TU</b> › III. NHIỆM VỤ › 2.": the document by its number (or title) and the heading path. */
  static String place(String docNumber, String title, List<String> path) {
    String doc = docNumber != null ? docNumber : Html.shorten(title == null ? "Văn bản" : title, 60);
    StringBuilder s = new StringBuilder(Html.bold(doc));
    for (String heading : path) s.append(PATH_SEPARATOR).append(Html.escape(Html.shorten(heading, 80)));
    return s.toString();
  }

  /**
   * " 🔒 nội bộ" after an internal document's name, so a granted official sees what not to forward; "" for a
   * public one. Only granted chats ever receive internal documents.
   */
  static String internalMark(String access) {
    return "noi-bo".equals(access) ? " <i>🔒 nội bộ</i>" : "";
  }

  /** "15/3/2023" from an ISO date, or "" when there is none. */
  static String date(String iso) {
    if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) return "";
    return Integer.parseInt(iso.substring(8)) + "/" + Integer.parseInt(iso.substring(5, 7)) + "/" + iso.substring(0, 4);
  }
}
