package vn.sotay.cli;

import java.util.List;
import vn.sotay.answer.Answer;
import vn.sotay.index.IndexReport;
import vn.sotay.search.SearchHit;
import vn.sotay.search.SearchResponse;

/** Plain-text renderings for a terminal. */
final class TextOutput {
  private TextOutput() {}

  static String report(IndexReport r) {
    StringBuilder out = new StringBuilder();
    out.append("Đã đọc ").append(r.read()).append(" tệp, ").append(r.unchanged()).append(" không đổi, ")
        .append(r.removed()).append(" đã gỡ, ").append(r.skipped().size()).append(" bỏ qua. Chỉ mục có ")
        .append(r.documents()).append(" văn bản").append(r.internalDocuments() > 0 ? " (" + r.internalDocuments() + " nội bộ)" : "")
        .append(", ").append(r.passages()).append(" đoạn (").append(r.tookMs()).append(" ms).\n");
    for (IndexReport.Skipped s : r.skipped()) out.append("  bỏ qua ").append(s.file()).append(": ").append(s.reason()).append('\n');
    for (IndexReport.Notice n : r.notices()) out.append("  lưu ý ").append(n.file()).append(": ").append(n.message()).append('\n');
    return out.toString();
  }

  static String search(SearchResponse response) {
    StringBuilder out = new StringBuilder();
    out.append(response.totalExact() ? "" : "ít nhất ").append(response.total()).append(" kết quả (")
        .append(response.tookMs()).append(" ms)\n");
    int i = 1;
    for (SearchHit hit : response.hits()) {
      out.append('\n').append(i++).append(". ").append(source(hit.docNumber(), hit.title(), hit.path()))
          .append("  [").append(hit.docId()).append('#').append(hit.anchor()).append("]\n   ")
          .append(hit.text()).append('\n');
    }
    return out.toString();
  }

  static String answer(Answer answer) {
    StringBuilder out = new StringBuilder(answer.answer()).append('\n');
    int n = 1;
    for (Answer.Item item : answer.items()) {
      out.append("  ").append(n++).append(". ").append(item.text()).append(" [").append(item.citation() + 1).append("]\n");
    }
    if (!answer.citations().isEmpty()) out.append("\nNguồn:\n");
    int i = 1;
    for (Answer.Citation c : answer.citations()) {
      out.append('[').append(i++).append("] ").append(source(c.docNumber(), c.title(), c.path()))
          .append("  ").append(c.url()).append("\n    \"").append(c.quote()).append("\"\n");
    }
    return out.toString();
  }

  private static String source(String docNumber, String title, List<String> path) {
    StringBuilder s = new StringBuilder();
    if (docNumber != null) s.append(docNumber).append(" ");
    s.append(title == null ? "" : title);
    if (!path.isEmpty()) s.append(" › ").append(String.join(" › ", path));
    return s.toString();
  }
}
