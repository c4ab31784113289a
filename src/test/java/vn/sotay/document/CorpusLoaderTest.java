package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped samples, one per reader, read into metadata and passages; and plain files in every encoding. */
class CorpusLoaderTest {
  private static final Path CORPUS = Path.of("corpus");
  private final CorpusLoader loader = new CorpusLoader();

  private ParsedDocument sample(String name) throws UnreadableDocumentException {
    return loader.load(CORPUS, CORPUS.resolve("mau").resolve(name));
  }

  private static Passage passage(ParsedDocument d, String anchor) {
    return d.passages().stream().filter(p -> p.anchor().equals(anchor)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage " + anchor + " in " + d.docId()));
  }

  private static void assertNoPassageContains(ParsedDocument d, String text) {
    for (Passage p : d.passages()) assertFalse(p.text().contains(text), d.docId() + " passage " + p.anchor() + ": " + p.text());
  }

  @Test
  void partyResolutionInUtf8KeepsItsKeyTasksLinkedToTheirLeadIn() throws Exception {
    ParsedDocument d = sample("nghi-quyet-05-nq-tu.txt");
    assertEquals("mau/nghi-quyet-05-nq-tu", d.docId());
    assertEquals("UTF-8", d.encoding());
    DocumentMetadata m = d.metadata();
    assertEquals("05-NQ/TU", m.docNumber());
    assertEquals("Nghị quyết", m.docType());
    assertEquals("Tỉnh ủy Sơn Hà", m.issuer());
    assertEquals(LocalDate.of(2023, 3, 15), m.date());
    assertTrue(m.title().startsWith("Về phát triển nguồn nhân lực tỉnh Sơn Hà"), m.title());
    assertEquals(DocumentMetadata.KIND_DOCUMENT, m.kind());

    List<Passage> tasks = d.passages().stream().filter(p -> "iii-p1".equals(p.leadAnchor())).toList();
    assertEquals(9, tasks.size());
    for (int i = 0; i < 9; i++) {
      assertEquals((i + 1) + ".", tasks.get(i).label());
      assertEquals(List.of("III. NHIỆM VỤ, GIẢI PHÁP"), tasks.get(i).path());
    }
    List<Passage> solutions = d.passages().stream().filter(p -> "iii-p2".equals(p.leadAnchor())).toList();
    assertEquals(List.of("a)", "b)", "c)", "d)"), solutions.stream().map(Passage::label).toList());
    assertTrue(passage(d, "iii-p2").text().endsWith("4 nhóm giải pháp:"));
  }

  @Test
  void passagesAreInDocumentOrderWithUniqueStableAnchors() throws Exception {
    for (String name : List.of("nghi-quyet-05-nq-tu.txt", "chuong-trinh-hanh-dong-50-ctr-tu.docx",
        "quyet-dinh-25-qd-ubnd.pdf", "ke-hoach-45-kh-ubnd.html")) {
      ParsedDocument d = sample(name);
      for (int i = 0; i < d.passages().size(); i++) assertEquals(i, d.passages().get(i).ordinal());
      assertEquals(d.passages().size(), new HashSet<>(d.passages().stream().map(Passage::anchor).toList()).size(), name);
      assertEquals(d.passages().stream().map(Passage::anchor).toList(),
          sample(name).passages().stream().map(Passage::anchor).toList(), "same file, same anchors: " + name);
      for (Passage p : d.passages()) assertTrue(p.anchor().matches("[a-z0-9-]+"), p.anchor());
    }
  }

  @Test
  void directiveInTcvn3IsConvertedToUnicode() throws Exception {
    ParsedDocument d = sample("chi-thi-12-ct-tu.tcvn3.txt");
    assertEquals("TCVN3", d.encoding());
    assertEquals("12-CT/TU", d.metadata().docNumber());
    assertEquals("Chỉ thị", d.metadata().docType());
    assertEquals(LocalDate.of(2023, 5, 5), d.metadata().date());
    assertTrue(d.metadata().title().startsWith("Về đẩy mạnh chuyển đổi số"), d.metadata().title());
    Passage item = passage(d, "2-i2");
    assertEquals("+", item.label());
    assertEquals(List.of("2. Phát triển hạ tầng và dữ liệu số"), item.path());
    assertTrue(item.text().contains("cơ sở dữ liệu dân cư, đất đai"), item.text());
  }

  @Test
  void programmeInDocxSplitsNumberedTasksUnderTheirGroups() throws Exception {
    ParsedDocument d = sample("chuong-trinh-hanh-dong-50-ctr-tu.docx");
    assertEquals("docx", d.format());
    assertEquals("50-CTr/TU", d.metadata().docNumber());
    assertEquals("Chương trình", d.metadata().docType());
    assertEquals(LocalDate.of(2020, 12, 28), d.metadata().date());
    Passage seventh = passage(d, "ii-7");
    assertEquals("7.", seventh.label());
    assertEquals(List.of("II. NHÓM NHIỆM VỤ VỀ VĂN HÓA - XÃ HỘI VÀ NGUỒN NHÂN LỰC"), seventh.path());
  }

  @Test
  void decisionInPdfHasArticlesAndItsRegulationsArticlesApart() throws Exception {
    ParsedDocument d = sample("quyet-dinh-25-qd-ubnd.pdf");
    assertEquals("pdf", d.format());
    assertEquals("25/QĐ-UBND", d.metadata().docNumber());
    assertEquals("Quyết định", d.metadata().docType());
    assertEquals("Ủy ban nhân dân tỉnh Sơn Hà", d.metadata().issuer());
    assertEquals(LocalDate.of(2023, 1, 20), d.metadata().date());
    // an article whose first line is its content is named by its number alone
    assertTrue(passage(d, "dieu-2").text().startsWith("Điều 2. Quyết định này có hiệu lực"));
    assertEquals(List.of("Điều 2"), passage(d, "dieu-2").path());
    assertFalse(passage(d, "dieu-3").text().contains("QUY CHẾ"), "the regulation issued with it is a part of its own");
    Passage regulation = passage(d, "quy-che-dieu-1");
    assertEquals("QUY CHẾ Tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh Sơn Hà", regulation.path().get(0));
    assertEquals("Chương I. QUY ĐỊNH CHUNG", regulation.path().get(1));
    assertTrue(regulation.path().get(2).startsWith("Điều 1. Phạm vi điều chỉnh"), regulation.path().toString());
  }

  @Test
  void planInHtmlKeepsItsNumberedListsUnderRomanHeadings() throws Exception {
    ParsedDocument d = sample("ke-hoach-45-kh-ubnd.html");
    assertEquals("html", d.format());
    assertEquals("45/KH-UBND", d.metadata().docNumber());
    assertEquals("Kế hoạch", d.metadata().docType());
    // <ol><li> items are numbered as a browser shows them
    Passage third = passage(d, "ii-3");
    assertEquals(List.of("II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"), third.path());
    assertEquals("3.", third.label());
    assertTrue(third.text().startsWith("3. Tổ chức Hội nghị xúc tiến đầu tư"), third.text());
  }

  @Test
  void conclusionInMarkdownTakesFrontMatterAndDropsTheSignature() throws Exception {
    ParsedDocument d = sample("thong-bao-ket-luan-88-tb-tu.md");
    assertEquals("88-TB/TU", d.metadata().docNumber());
    assertEquals(LocalDate.of(2023, 6, 20), d.metadata().date());
    assertNoPassageContains(d, "T/L BAN THƯỜNG VỤ");
    assertNoPassageContains(d, "Đỗ Quang Vinh");
    assertNoPassageContains(d, "---");
  }

  @Test
  void theUserGuideIsAGuide() throws Exception {
    ParsedDocument d = loader.load(CORPUS, CORPUS.resolve("huong-dan-su-dung.md"));
    assertEquals(DocumentMetadata.KIND_GUIDE, d.metadata().kind());
    assertNull(d.metadata().docNumber());
    assertNoPassageContains(d, "## ");
  }

  @Test
  void htmlListsAreNumberedOrBulletedAsABrowserShowsThem(@TempDir Path dir) throws Exception {
    write(dir, "list.html", """
        <html><body><h2>I. NHIỆM VỤ</h2><p>Các sở thực hiện các việc sau:</p>
        <ol start="4"><li>Rà soát hồ sơ.</li><li>Công bố kết quả.</li><li>2) Việc đã tự đánh số.</li><li> </li></ol>
        <ul><li>Báo cáo hằng quý.</li></ul></body></html>""".getBytes(StandardCharsets.UTF_8));
    List<Passage> passages = loader.load(dir, dir.resolve("list.html")).passages();
    List<String> texts = passages.stream().map(Passage::text).toList();
    assertEquals(List.of("Các sở thực hiện các việc sau:", "4. Rà soát hồ sơ.", "5. Công bố kết quả.",
        "2) Việc đã tự đánh số.", "- Báo cáo hằng quý."), texts);
    assertEquals(passages.get(0).anchor(), passages.get(1).leadAnchor(), "the items keep their lead-in");
  }

  @Test
  void plainTextInEveryEncodingReadsTheSame(@TempDir Path dir) throws Exception {
    String text = "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về quản lý thuế và những người nộp thuế.\n";
    write(dir, "utf8.txt", text.getBytes(StandardCharsets.UTF_8));
    write(dir, "bom8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
    write(dir, "bom16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    write(dir, "bom16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
    write(dir, "cp1258.txt", LegacyBytes.windows1258(text));
    write(dir, "nfd.txt", Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
    for (String name : List.of("utf8.txt", "bom8.txt", "bom16le.txt", "bom16be.txt", "cp1258.txt", "nfd.txt")) {
      ParsedDocument d = loader.load(dir, dir.resolve(name));
      Passage article = d.passages().get(0);
      assertEquals("dieu-1", article.anchor(), name);
      assertTrue(article.text().contains("Luật này quy định về quản lý thuế"), name + ": " + article.text());
    }
    assertEquals("windows-1258", loader.load(dir, dir.resolve("cp1258.txt")).encoding().toLowerCase());
  }

  @Test
  void frontMatterOverridesWhatTheTextSays(@TempDir Path dir) throws Exception {
    write(dir, "tb.md", """
        ---
        so_hieu: 07-KL/TU
        ngay_ban_hanh: 02/09/2023
        co_quan: Ban Thường vụ Tỉnh ủy (mẫu)
        trich_yeu: Kết luận về công tác cán bộ
        access: noi-bo
        ---
        Nội dung kết luận gồm hai ý chính về công tác cán bộ.
        """.getBytes(StandardCharsets.UTF_8));
    ParsedDocument d = loader.load(dir, dir.resolve("tb.md"));
    assertEquals("07-KL/TU", d.metadata().docNumber());
    assertEquals("Kết luận", d.metadata().docType());
    assertEquals(LocalDate.of(2023, 9, 2), d.metadata().date());
    assertEquals("Ban Thường vụ Tỉnh ủy (mẫu)", d.metadata().issuer());
    assertEquals("Kết luận về công tác cán bộ", d.metadata().title());
    assertEquals(1, d.passages().size());
    assertNoPassageContains(d, "so_hieu");
  }

  @Test
  void badFilesAreRefusedWithAReason(@TempDir Path dir) throws Exception {
    write(dir, "empty.txt", new byte[0]);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    write(dir, "binary.txt", binary);
    byte[] docx = Files.readAllBytes(CORPUS.resolve("mau/chuong-trinh-hanh-dong-50-ctr-tu.docx"));
    write(dir, "truncated.docx", Arrays.copyOf(docx, docx.length / 2));
    write(dir, "notzip.docx", "đây không phải tệp docx".getBytes(StandardCharsets.UTF_8));
    byte[] pdf = Files.readAllBytes(CORPUS.resolve("mau/quyet-dinh-25-qd-ubnd.pdf"));
    write(dir, "truncated.pdf", Arrays.copyOf(pdf, 300));
    write(dir, "blank.md", "\n   \n\t\n".getBytes(StandardCharsets.UTF_8));
    for (String name : List.of("empty.txt", "binary.txt", "truncated.docx", "notzip.docx", "truncated.pdf", "blank.md")) {
      UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> loader.load(dir, dir.resolve(name)), name);
      assertFalse(e.getMessage().isBlank(), name);
    }
    assertFalse(loader.accepts(dir.resolve("photo.jpg")));
    assertFalse(loader.accepts(dir.resolve("~$lock.docx")));
    assertTrue(loader.accepts(dir.resolve("VAN-BAN.DOCX")));
  }

  @Test
  void deeplyNestedHtmlIsReadWithoutOverflow(@TempDir Path dir) throws Exception {
    String html = "<div>".repeat(20_000) + "Nội dung nằm rất sâu trong trang." + "</div>".repeat(20_000);
    write(dir, "deep.html", ("<html><body>" + html + "<p>Đoạn cuối của trang.</p></body></html>").getBytes(StandardCharsets.UTF_8));
    ParsedDocument d = loader.load(dir, dir.resolve("deep.html"));
    assertTrue(d.passages().stream().anyMatch(p -> p.text().contains("Đoạn cuối của trang")));
  }

  @Test
  void aFileMixingUtf8AndWindows1258LinesIsReadLineByLine(@TempDir Path dir) throws Exception {
    byte[] utf8 = "Điều 1. Phần đầu soạn bằng Unicode về chuyển đổi số.\n".getBytes(StandardCharsets.UTF_8);
    byte[] cp1258 = LegacyBytes.windows1258("Điều 2. Phần sau dán từ máy cũ về cải cách hành chính.\n");
    write(dir, "mixed.txt", concat(utf8, cp1258));
    ParsedDocument d = loader.load(dir, dir.resolve("mixed.txt"));
    assertEquals("UTF-8 + windows-1258", d.encoding());
    assertTrue(passage(d, "dieu-1").text().contains("Phần đầu soạn bằng Unicode về chuyển đổi số"));
    assertTrue(passage(d, "dieu-2").text().contains("Phần sau dán từ máy cũ về cải cách hành chính"));
  }

  @Test
  void truncatedDocxAndPdfAreRefusedNotHalfRead(@TempDir Path dir) throws Exception {
    byte[] docx = Files.readAllBytes(CORPUS.resolve("mau/chuong-trinh-hanh-dong-50-ctr-tu.docx"));
    byte[] pdf = Files.readAllBytes(CORPUS.resolve("mau/quyet-dinh-25-qd-ubnd.pdf"));
    for (double kept : new double[] {0.3, 0.6, 0.9, 0.97}) {
      write(dir, "cut.docx", Arrays.copyOf(docx, (int) (docx.length * kept)));
      write(dir, "cut.pdf", Arrays.copyOf(pdf, (int) (pdf.length * kept)));
      for (String name : List.of("cut.docx", "cut.pdf")) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
            () -> loader.load(dir, dir.resolve(name)), name + " cut to " + kept);
        assertTrue(e.getMessage().contains("hỏng"), e.getMessage());
      }
    }
  }

  @Test
  void filesOverTheSizeLimitAndTextsOverTheLengthLimitAreRefusedWithTheLimit(@TempDir Path dir) throws Exception {
    CorpusLoader small = new CorpusLoader(new ReadLimits(64 * 1024, 2_000));
    String article = "Điều 1. Các cơ quan, đơn vị triển khai nhiệm vụ chuyển đổi số.\n";
    write(dir, "big.txt", article.repeat(1500).getBytes(StandardCharsets.UTF_8));
    write(dir, "long.txt", article.repeat(150).getBytes(StandardCharsets.UTF_8));
    write(dir, "long-but-compact.txt", article.repeat(40).getBytes(StandardCharsets.UTF_8));
    write(dir, "fits.txt", article.repeat(20).getBytes(StandardCharsets.UTF_8));
    Files.copy(CORPUS.resolve("mau/chuong-trinh-hanh-dong-50-ctr-tu.docx"), dir.resolve("long.docx"));
    Files.copy(CORPUS.resolve("mau/quyet-dinh-25-qd-ubnd.pdf"), dir.resolve("long.pdf"));
    String tooLarge = reason(small, dir, "big.txt");
    assertTrue(tooLarge.startsWith("Tệp quá lớn (") && tooLarge.endsWith(" byte, tối đa 65.536 byte)"), tooLarge);
    for (String name : List.of("long.txt", "long-but-compact.txt", "long.docx", "long.pdf")) {
      assertEquals("Văn bản quá dài (hơn 2.000 ký tự)", reason(small, dir, name), name);
      assertFalse(loader.load(dir, dir.resolve(name)).passages().isEmpty(), name + " reads under the default limits");
    }
    assertEquals(20, small.load(dir, dir.resolve("fits.txt")).passages().size(), "a text within both limits is read whole");
  }

  private static String reason(CorpusLoader loader, Path dir, String name) {
    return assertThrows(UnreadableDocumentException.class, () -> loader.load(dir, dir.resolve(name)), name).getMessage();
  }

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
