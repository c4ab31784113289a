package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old documents were typed in 8-bit Vietnamese fonts: a DOCX run set in .VnTime holds TCVN3, one set in VNI-Times
 * holds VNI, and a PDF made from such a file shows the same letters. Each is read as Unicode; text in ordinary
 * fonts, foreign names included, is left as it is.
 */
class LegacyFontsTest {
  private final CorpusLoader loader = new CorpusLoader();

  @Test
  void docxRunsInLegacyFontsAreConvertedAndOthersKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cong-van.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      paragraph(doc, "Times New Roman", "Công văn mẫu về học tập nghị quyết"); // the first line is the title
      paragraph(doc, ".VnTime", "Thùc hiÖn NghÞ quyÕt cña TØnh ñy");
      paragraph(doc, "VNI-Times", "Quaùn trieät Nghò quyeát cuûa Ñaûng boä");
      paragraph(doc, "Times New Roman", "Señor Müller dự hội nghị ở Hà Nội");
      doc.write(out);
    }
    List<String> texts = loader.load(dir, file).passages().stream().map(Passage::text).toList();
    assertEquals(List.of("Thực hiện Nghị quyết của Tỉnh ủy", "Quán triệt Nghị quyết của Đảng bộ", "Señor Müller dự hội nghị ở Hà Nội"), texts);
  }

  @Test
  void aPdfWhoseTextReadsAsVniIsConverted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nghi-quyet.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("Nghò quyeát cuûa Ñaûng boä Vieät Nam veà phaùt trieån nguoàn nhaân löïc");
        text.endText();
      }
      pdf.save(file.toFile());
    }
    String all = String.join("\n", loader.load(dir, file).passages().stream().map(Passage::text).toList());
    assertTrue(all.contains("Nghị quyết của Đảng bộ Việt Nam về phát triển nguồn nhân lực"), all);
  }

  private static void paragraph(XWPFDocument doc, String font, String text) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setFontFamily(font);
    run.setText(text);
  }
}
