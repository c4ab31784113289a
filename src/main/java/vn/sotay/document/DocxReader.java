package vn.sotay.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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

/**
 * .docx files: paragraphs and table cells in order; runs set in .VnTime or VNI- fonts are converted from TCVN3/VNI.
 * A file without its zip directory (cut short) is refused, never half read; entries that inflate far beyond their
 * compressed size (zip bombs) are refused by POI; reading stops once the text passes the limit. One instance reads
 * one file.
 */
final class DocxReader {
  static {
    // zip bombs: refuse entries that inflate over 200 times their size, or past 100 MB (the XML is held in memory)
    ZipSecureFile.setMinInflateRatio(0.005);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
  }

  private final List<Line> lines = new ArrayList<>();
  private String encoding = "UTF-8";
  private long chars;

  SourceText read(Path file, ReadLimits limits) throws UnreadableDocumentException {
    requireWholeZip(file);
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XWPFDocument doc = new XWPFDocument(pkg);
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          paragraph(p);
        } else if (element instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              for (XWPFParagraph p : cell.getParagraphs()) paragraph(p);
            }
          }
        }
        if (chars > limits.maxTextChars()) throw limits.tooLong();
      }
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      String reason = String.valueOf(e.getMessage()).contains("Zip bomb")
          ? "giải nén ra lớn bất thường so với tệp (nghi là bom nén)" : reason(e);
      throw new UnreadableDocumentException("Tệp DOCX hỏng hoặc không đọc được: " + reason, e);
    } finally {
      if (pkg != null) pkg.revert(); // opened read-only: close without saving
    }
    if (lines.stream().allMatch(Line::blank)) throw new UnreadableDocumentException("Tệp DOCX không có chữ");
    return new SourceText(lines, encoding, Map.of());
  }

  /** A zip's directory is its last part: a cut file has none. (POI would fall back to reading the entries it finds.) */
  private static void requireWholeZip(Path file) throws UnreadableDocumentException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() == 0) throw new ZipException("empty zip");
    } catch (IOException e) {
      throw new UnreadableDocumentException("Tệp DOCX hỏng hoặc bị cắt cụt: " + reason(e), e);
    }
  }

  private void paragraph(XWPFParagraph p) {
    StringBuilder text = new StringBuilder();
    for (XWPFRun run : p.getRuns()) {
      String t = run.text();
      if (t == null || t.isEmpty()) continue;
      Optional<LegacyEncoding> legacy = LegacyText.fromFontName(run.getFontFamily());
      if (legacy.isPresent()) {
        t = LegacyText.convert(t, legacy.get());
        encoding = legacy.get().name();
      }
      text.append(t);
    }
    String s = text.toString();
    var detected = LegacyText.detect(s);
    if (detected.isPresent()) {
      s = LegacyText.convert(s, detected.get());
      encoding = detected.get().name();
    }
    chars += s.length();
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
