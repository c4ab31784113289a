package vn.sotay.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Regenerates the binary and legacy-encoded samples of corpus/mau and checks that each reads back.
 * Not a test: run by hand, {@code java ... vn.sotay.corpus.SampleCorpusWriter [corpus/mau]}.
 */
public final class SampleCorpusWriter {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final Path dir;

    SampleCorpusWriter(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "corpus/mau");
        Files.createDirectories(dir);
        SampleCorpusWriter writer = new SampleCorpusWriter(dir);
        writer.writeDirective();
        writer.writeProgramme();
        writer.writeDecision();
        System.out.println("all samples written and verified in " + dir.toAbsolutePath());
    }

    void writeDirective() throws IOException {
        Tcvn3 tcvn3 = new Tcvn3();
        byte[] bytes = tcvn3.encode(SampleTexts.DIRECTIVE);
        Path file = dir.resolve("chi-thi-12-ct-tu.tcvn3.txt");
        Files.write(file, bytes);
        String asLatin1 = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String telltale : List.of("ChØ thÞ", "§¶NG", "ñy", "®Èy m¹nh")) {
            require(asLatin1.contains(telltale), "TCVN3 telltale missing: " + telltale);
        }
        require(!asLatin1.contains("ị"), "file still holds Unicode");
        String back = tcvn3.decode(Files.readAllBytes(file));
        require(back.contains("Chỉ thị này được phổ biến đến chi bộ."), "TCVN3 round trip failed");
        require(back.contains("về đẩy mạnh chuyển đổi số"), "TCVN3 round trip failed");
        report(file);
    }

    void writeProgramme() throws IOException {
        Path file = dir.resolve("chuong-trinh-hanh-dong-50-ctr-tu.docx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(
                "Chương trình hành động số 50-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX (văn bản mẫu)");
            for (String line : SampleTexts.PROGRAMME.split("\n")) {
                if (line.isBlank()) continue;
                boolean heading = line.startsWith("# ");
                String text = heading ? line.substring(2) : line;
                XWPFParagraph p = doc.createParagraph();
                if (heading && Character.isUpperCase(text.charAt(0)) && text.equals(text.toUpperCase())) {
                    p.setAlignment(text.startsWith("CHƯƠNG") ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                } else if (heading) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                XWPFRun run = p.createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(13);
                run.setBold(heading);
                run.setText(text);
            }
            doc.write(out);
        }
        Files.write(file, out.toByteArray());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            require(text.contains("4 nhóm nhiệm vụ và 24 giải pháp"), "DOCX round trip failed");
            require(text.contains("24. Phát huy vai trò của Mặt trận Tổ quốc"), "DOCX round trip failed");
            require(text.contains("Số: 50-CTr/TU"), "DOCX round trip failed");
        }
        report(file);
    }

    void writeDecision() throws IOException {
        Path file = dir.resolve("quyet-dinh-25-qd-ubnd.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Quyết định số 25/QĐ-UBND ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh Sơn Hà (văn bản mẫu)");
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            new PdfLayout(doc, font, 11f).write(SampleTexts.DECISION);
            doc.save(out);
        }
        Files.write(file, out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(doc);
            require(doc.getNumberOfPages() > 1, "decision should span pages");
            for (String expected : List.of("QUYẾT ĐỊNH", "Quyết định", "Điều 1.", "Số: 25/QĐ-UBND", "a) Hồ sơ nộp trực tiếp tại quầy;",
                    "Phạm Thị Lan Anh")) {
                require(text.contains(expected), "PDF text lacks: " + expected);
            }
            System.out.println("  pdf pages: " + doc.getNumberOfPages());
        }
        report(file);
    }

    /** Greedy word wrapping on an A4 page; a new page when the current one is full. */
    private record PdfLayout(PDDocument doc, PDType0Font font, float size) {
        private static final float MARGIN = 60f;

        void write(String text) throws IOException {
            PDRectangle box = PDRectangle.A4;
            float width = box.getWidth() - 2 * MARGIN;
            float leading = size * 1.45f;
            List<String> lines = new ArrayList<>();
            for (String para : text.split("\n", -1)) lines.addAll(wrap(para, width));
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage(box);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(MARGIN, box.getHeight() - MARGIN);
                    float y = box.getHeight() - MARGIN;
                    while (i < lines.size() && y > MARGIN) {
                        cs.showText(lines.get(i++));
                        cs.newLine();
                        y -= leading;
                    }
                    cs.endText();
                }
            }
        }

        private List<String> wrap(String para, float width) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
            return out;
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalStateException(message);
    }

    private static void report(Path file) throws IOException {
        System.out.printf("  %s (%d bytes)%n", file.getFileName(), Files.size(file));
    }
}
