package vn.sotay.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.sotay.text.LegacyEncoding;
import vn.sotay.text.LegacyText;
import vn.sotay.text.VietnameseNormalizer;

/** .docx files: paragraphs and table cells in order; runs set in .VnTime or VNI- fonts are converted from TCVN3/VNI. */
final class DocxReader {
  static {
    // zip bombs: refuse entries that inflate far beyond their compressed size
    ZipSecureFile.setMinInflateRatio(0.005);
    ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
  }

  SourceText read(byte[] bytes) throws UnreadableDocumentException {
    List<Line> lines = new ArrayList<>();
    String[] encoding = {"UTF-8"};
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraph(p, lines, encoding);
        } else if (element instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              for (XWPFParagraph p : cell.getParagraphs()) paragraph(p, lines, encoding);
            }
          }
        }
      }
    } catch (Exception | StackOverflowError e) {
      throw new UnreadableDocumentException("Tệp DOCX hỏng hoặc không đọc được: " + reason(e), e);
    }
    if (lines.stream().allMatch(Line::blank)) throw new UnreadableDocumentException("Tệp DOCX không có chữ");
    return new SourceText(lines, encoding[0], Map.of());
  }

  private static void paragraph(XWPFParagraph p, List<Line> lines, String[] encoding) {
    StringBuilder text = new StringBuilder();
    for (XWPFRun run : p.getRuns()) {
      String t = run.text();
      if (t == null || t.isEmpty()) continue;
      Optional<LegacyEncoding> legacy = LegacyText.fromFontName(run.getFontFamily());
      if (legacy.isPresent()) {
        t = LegacyText.convert(t, legacy.get());
        encoding[0] = legacy.get().name();
      }
      text.append(t);
    }
    String s = text.toString();
    var detected = LegacyText.detect(s);
    if (detected.isPresent()) {
      s = LegacyText.convert(s, detected.get());
      encoding[0] = detected.get().name();
    }
    String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(java.util.Locale.ROOT);
    boolean heading = style.startsWith("heading") || style.equals("title");
    for (String line : VietnameseNormalizer.normalize(s).split("\n")) lines.add(new Line(line.strip(), heading));
    lines.add(Line.of(""));
  }

  static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) : m;
  }
}
